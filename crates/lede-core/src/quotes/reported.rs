//! Reported speech inside one sentence: `<speaker> <cue> (that) <content>`,
//! `<content>, <speaker> <cue>.` (or `;`), `According to <source>, <content>`,
//! `<content>, according to <source>` and `…, <gerund cue> (that) <content>` ("…, adding
//! that …"; also a second gerund after "and": "…, touting its repairs and saying …") with the
//! clause's subject. Speakers may be long subjects closed by an
//! apposition or relative clause ("Residents of …, many of whom …, said"), survey shares
//! ("64 percent said", "Fifty-four percent of voters said", "26 percent of Democrats say"), the phrase before a restrictive "who" clause whose verb's object ends
//! right before the cue ("Lind and others who want to close the pier said"), quantifiers ("many said", "all agreed"), group phrases
//! before a base form ("a number of economists say", "Dozens of residents say", a plural
//! noun or role opening the sentence: "Friends say", "Officials oppose …"), counts before "say" ("43 said", "at least
//! 2,000 said", "all but two said"; not a year), a name before a role noun opening the
//! sentence ("Velden campaign says", "Jo Park’s office said"), a name between commas ("One of the authors,
//! Jo Park, said", also after a lowercase role: "Her opponent, council member Ray Dunn, said"), a name after a word that opens a clause ("shortly after Park said"; after
//! a plain preposition the name is a modifier: "Officials in Elm said"), a subject before a circumstance ("Park's office, when contacted, said") or
//! the subject of a progressive cue ("Park is pointing to …", "Park is once again saying
//! …", "Park has been saying …", "Park isn’t saying if …", a
//! contracted pronoun: "She’s arguing …", "They're saying …") or
//! the subject of a second predicate ("… and said", also after a list of verbs: "The board met,
//! voted and said"; a nominal subject is its determiner and head, after any capitalised
//! modifiers: "The Elm Harbour inspector toured … and said"; a name apposed to it between
//! commas speaks: "One of the men, Jo Park, 70, had served … and said"; a relative pronoun after a comma: "The board hired Lund, who visited the
//! pier and said" credits "who"; inside an opening subordinate clause, its
//! subject: "When Park thanked Elm and said …, the crowd cheered"), two names joined by "and"
//! ("Park and Lee said"), a subject before a time phrase or adverb ("Pell this week also said", "voters overall
//! said", "who in 2010 said"), and "say" may take a whole short plain
//! clause as its subject ("Republican hopefuls Jo Park and Ann Lee say …", also with a cue's
//! participle after a passive auxiliary or "state" as a modifier: "The state officials whose
//! plans were rejected say …"); a content ends
//! before ", and <past verb>" or ", and has …" (the speaker's second predicate) or ", and
//! <one or two capitalised words> <verb>" or ", and <determiner> <plain words> <past verb>" (a new
//! clause: ", and Republicans want …", ", and the union also stepped in"), before a
//! participle clause of the writer's (", throwing a wrench in the party's plans": a lowercase
//! "-ing" word before a determiner or possessive; not "meaning", "including", "according") and
//! before ", but"
//! unless "that" follows (a second complement of the cue), also with the comma inside a closing
//! mark (", “terrible situation,” but stopped short …", and before a gerund cue there: "as “a
//! betrayal,” adding that …"); a cue inside a content opens a
//! report of its own after ", ", ", and", ", but", "while", "although", "though", "then" or
//! "after" (not "hours after") ("…, although she tweeted that …"; not a participle after a
//! passive one: "was arrested and charged with …"), but not after the comma closing the content's opening phrase ("told
//! police that sometime in the week that followed, he realized …"); an inverted
//! closing speaker may carry an apposition or a relative clause ("…, said Jo Park, who chairs
//! the board.", "…, said Jo Park, the head of the group, which tracks …", "…, said Jo Park, a
//! sailor who wrote books, papers and essays.") or be a role named after a comma ("…, said the
//! port's chief, Jo Park."); a participle phrase opening the sentence before a closing
//! attribution is no content ("Speaking at the rally, Lund said.", "Pressed on the costs, Velt
//! declined."), nor is an absolute phrase or a time phrase with no finite verb ("With all eyes on the
//! port, …", "But Thursday night at the convention, he spoke out …"); right after the comma, "said <speaker>" may carry an apposition or
//! relative clause with commas of its own up to the sentence's end ("…, said Jo Park, director of
//! the Civic Project at the University of Elm, Center for Change."), but a finite verb after an
//! inverted speaker makes it the subject of a content ("…, said the turmoil at the port was …"),
//! and a comma before the cue closes no content when the words before it are
//! the cue's own subject ("Jo Park of Elm, a lawyer, said …"), nor one before a verb of
//! thought or stance with words after it ("…, the company knew about the leak": its own
//! complement); "states" is a cue only before
//! "that" or a colon; survey respondents speak ("those polled said", "one in three say", "A
//! third of independents, 33 percent, say" with the share restated between commas, "45% of
//! Republicans and 12% of Democrats say" as a list, "…, while only 49 percent of … say");
//! a closing "told" may name its listener ("…, Park told the Gazette.", "…, Park told her
//! advisers.": "her" before a noun is a possessive), and so may any "told" a count of people
//! ("told 300 riders at the pier", reporting only a clause after it); an "according to"
//! source runs up to 24 tokens and may end at a dash; a bare "asked" before a question
//! ("Asked whether …, Park said") reports the question without a speaker; contents may be
//! infinitives after volitional cues ("vowed to block …", and after the listener of "urge",
//! "ask", "warn", "advise", "remind" or "encourage" even of two words: "urged him to resign", "pledged to “bring …” to …", a
//! mixed report unless the quotation is another quote's whole) and indirect questions ("asked
//! whether …"). A semicolon before a new clause ends a content ("…; the pier is not"), one
//! before a list item or a verb does not. A content inside a relative or subordinate clause ("Park, who said …, left";
//! also a cue anywhere in a sentence-opening "While/Although/As/Even as …" clause, also after
//! "And"/"But"/"Yet", or in an
//! opening phrase with "in which"/"for whom", before any comma: "In a year in which voters say
//! …, allies …") and a noun-phrase object ("endorsed Park, the first …") end at the clause's comma; such an
//! object may be a single word and leaves a closing day or week to the cue ("endorsed Park on
//! Friday", "… last week") and a second predicate after "and" ("attacked the levy and has
//! called for …", "… and has since left", "… and then tweeted …", a verb in the cue's own form
//! with its complement:
//! "rejected the charges and accused Park …", "citing costs and urging the board …"; not inside
//! a relative clause, nor after "called", whose complement may be a pair);
//! a list after such an object goes on to its last item ("questioned Park's tactics, his judgment
//! and his decency"; `object_list_end`), and a date's commas end nothing ("the Sept. 11, 2001,
//! attacks");
//! it also ends before "but", "if", "despite" and like words ("backed the levy despite …"), before
//! a day followed by a circumstance ("blasted Park as a “disgrace” Wednesday on HBC") and
//! before a closing "in" phrase naming a medium or a date ("attacked Park in a radio interview",
//! "endorsed Park in early June"), but not before ", including" ("cited several factors, including …").
//! Any content with no verb of its own (a noun phrase or an infinitive) ends before "but
//! has|is|will …", the speaker's second predicate ("signaled willingness to talk but has been
//! met with …", "urged allies to spend more but has said …"). An infinitive content ends before
//! a finite verb with no subordinate clause or pronoun subject before it, the sentence's own
//! ("One reason Berg refuses to release his returns may be that …"; not "to offset the coal he
//! is mining", "to act should he win").
//! After such a cue, "that" before a lone noun and a preposition, "and" or a stop is a
//! demonstrative and opens the object ("rejected that argument in a ruling"); after any cue,
//! "that" before a finite verb is the content's subject ("said that was wrong"). A content
//! opens with a finite verb only in a relative clause's gap ("the rules, which officials said
//! will start …"), never after a speaker opening the sentence ("The jobs report has cleared …")
//! nor after a quantifier the cue takes as its object ("Everything Lund says is a lie").
//! A cue phrase ending in a preposition ("warned of", "talked about", "railed against", "took
//! aim at", "threw his support behind") takes a noun phrase that may be a single word ("talked
//! about Park").
//! "called" after an indefinite noun names it ("one PAC called Stop Now") and reports nothing;
//! "offered" reports only words ("offered no proof", not "offered free rides"), "read" only a
//! quotation or a reading "that …" ("a sign reading “…”", not "said after reading the outline"), and "declined"
//! no fall ("declined 4 percent", "declined slightly from …"); "charged" accuses only before
//! "that" or with a "with" after its object (not "charged a $100 fee"), and "is challenging
//! <name>" is a race, not a stance. A share of a group after "told"
//! is its listener ("told some of the miners", "told many of them").
//! "support" and "oppose" report a stance, except as nouns ("40 percent support among …") and
//! inside an earlier content of the sentence. A closing apposition ends a content ("said the
//! ferry was late, a problem the port has faced for years"). A subject may carry an aside
//! between dashes ("Dock workers in two towns — Elmton and Fairport — said"), and a name after
//! a preposition inside an apposition is not the speaker ("Jo Park, an aide from Elm, Harbour
//! County, said": Jo Park speaks; so does Cory Berg in "Cory Berg, 22, of Elmton, Mich., said"),
//! nor is a name after a participle in a role ("One pastor supporting Mr. Berg, Dan Lind of Elm
//! Baptist Church, said": Dan Lind speaks).
//! "asked <listener> about …" reports what was asked about, a noun-phrase object ("asked Park
//! about the levy"); "expressed <feeling> about|over|for …" reports what the feeling is about, up to
//! a "because" ("expressed concern about the levy"), and "expressed <feeling> that …" its clause.
//! A relative clause's content ends at a comma inside a closing mark before the main clause's
//! verb ("Lund, who has called the plan “flawed,” portrayed …": Lund portrays). A time phrase
//! may follow a parenthesis ("Jo Park (D-Elm) earlier in the day touted"), and "most" before an
//! adverb is no quantifier subject ("and most recently defended").
//! A demonstrative before a finite verb opens a content ("said this is a rough patch"), and a
//! relative pronoun speaks "say" ("owners who say …") and any base form before "that"
//! ("economists who argue that …"; not "those who support Park are …").
//! A sentence opening with a gerund cue reports for the main clause's subject after its
//! comma, the content running from the cue (after "that") to that comma ("Noting that the
//! ferry was late, Lund …"; not a gerund of speaking or writing itself, "Speaking at the
//! rally,", nor a content opening with a preposition).
//! A gerund cue after a comma (or a spaced dash: "…on the spot – saying …") reports for the
//! clause's subject, also after an adverb or "even"/"also"/"again"/"then"/"further" ("…,
//! quickly reminding viewers that …"; speech cues and the lists `GERUNDS` and `AFTER_COMMA`);
//! after "each" or "both" that word speaks ("…, each touting …"); after a report inside an
//! opening subordinate clause the main clause's subject speaks ("After Berg said …, Lund toured
//! it, saying …" credits Lund); after ", and she …" the pronoun of that coordinated clause
//! speaks ("…, and she becomes upset, shouting that …"). The clause's subject follows an opening
//! phrase of up to 14 words (a year among them) closed by a comma, in which a cue's form
//! after a preposition, determiner or adverb is a noun or adjective ("Amid calls for a
//! boycott, Velt …, saying …", "In a widely read column, …", "In 1986, the court …"), and an
//! adverb between commas after it ("On Thursday, however, Lund …"). After a negated or declined cue "when" opens an indirect question ("did not say when …", "declined to say when …").
//! A survey share after "with" speaks a gerund of speech ("…, with 30 percent of voters saying
//! they …").
//! A gerund cue after "by", "after", "while", "before" or "when" ("rallied supporters by
//! warning that …") reports for the clause's subject, and so does a gerund of speech (or of
//! calling, condemning, urging, accusing, …) right after a medium ("released a statement saying
//! …", "sent an email Monday saying …", "sent tweets early Friday saying …", "issued a
//! statement calling the test “a clear violation”"). A plural noun phrase with no determiner keeps up to two plain words before its
//! head ("Human rights groups warned", "…, and aid groups warned"). After "said" a
//! conditional content needs no comma ("said if elected she would …"). A gerund cue after an attributed direct quote ("“…,” said Park, adding that …", "…, referring
//! to the bill", also right after a quotation a colon introduced: "Elmco said: “…,” adding that
//! …") takes the quote's speaker. A study subject reports its finding without
//! "that" ("A new poll found 40 percent …", "The polling done before the vote showed a tie,
//! with …"; the speaker is the whole subject). "<Subject>, according to <source>, <rest>"
//! reports the whole sentence; after an opening adverbial ("In addition, according to …,")
//! only what follows the source (the source runs to its comma, "a memo seen by the Gazette",
//! and may carry a relative clause between commas: "According to the memo, which …, the …");
//! so does "As <speaker> put(s) it[, <circumstance>], <content>"
//! ("As the Gazette's Dana Lind puts it, the board is unmoved"; cue "puts it"), and so does
//! "As <speaker> <verb of telling> <circumstance>, <content>" ("As Lund noted in a memo to the
//! board, the gap is vast": a circumstance of plain words with no verb of its own). Where no
//! noun phrase (or just a capitalised common word) opens the clause, a plural noun after up to
//! three lowercase modifiers, before a participle and a preposition or a preposition, heads a
//! subject that runs up to the cue, less a closing time phrase ("But numerous military
//! veterans interviewed at rallies in Tarrow this week said": not "Tarrow"); a count's article
//! after a preposition keeps it in the modifier ("Residents of the two towns said": not "two
//! towns"). A span of time opening the clause with no comma is no subject ("Minutes later they
//! reversed themselves and said …", "A few minutes later the board said …"). A closing
//! speaker's apposition and relative clause may span up to 40 tokens (`WHO_WINDOW`), and a cue
//! in that relative clause reports on its own ("…, said Jo Park, an analyst, who notes that
//! …": "who" speaks). A closing
//! attribution before a gerund phrase may have a count or quantifier for its speaker ("…, two
//! officials said, speaking on condition of anonymity."). A poll opening
//! the sentence is the source of the clause after
//! it ("In a Gazette poll released Monday, 52 percent backed the levy"; cue "In"). An
//! expectation nobody in the text holds ("The council is expected to vote on Friday") reports
//! its clause, subject and cue included, with no speaker, and so does the writer's judgement
//! with "seem"/"appear" before "to" or "like" ("Park appeared to gain ground", "The plan seems
//! like a long shot"; not before a cue: "seemed to suggest that …"); its comma or dash ends the
//! content, one inside a quotation does not.
//! After the attribution of a direct quote, ", and …" is the writer's ("“…,” Lind said, and soon
//! …"); a time phrase after the cue ("said several months after …", "conceded shortly before
//! midnight"; a "that" after it opens the content: "said soon after the vote that …") and a
//! relative "that" after a circumstance ("told reporters after the meeting that was held …")
//! open no content, nor does a manner adverb closing the clause ("said confidently, waving to
//! the crowd"), nor a comma after a cue that may be a plural noun when an attribution follows
//! it ("Cost estimates, he added, were …").
//! A claim noun after a possessive reports its "that" clause ("Park's claim that …", "his
//! insistence that …"), the possessor speaking; inside an opening phrase ("Contrary to his claim
//! that …, …", "Despite Mr. Park's claims that …, …") the content ends at the phrase's comma, or after a closing mark holding it.
//! Without a possessor ("amid rumors that …", "played down the suggestion that …") the clause
//! is a report of the subject of the verb before the noun phrase, or of no one; not when the
//! claim opens its clause or "that" opens a relative clause.
//! A report inside a relative clause with its own subject ("The fares, which officials said will
//! start in May, will not apply") ends where the main clause's verb resumes; "All told," is no
//! cue. A negated "respond to" or "reply to" a request, message, call, email, inquiry or
//! questions reports what went unanswered ("did not respond to requests for comment"), and the
//! report ends at a relative clause's comma ("who did not respond to a request for comment, has
//! denied that …" is a denial too).
//! Plural roles speak a base-form cue like other plurals ("Officials expect that …").
//! Plural subjects without a final "s" ("the women say") and subjects before an adverb
//! between commas ("Others, however, say") speak a base-form cue, as do two names after "Both".
//! An interrupted report ("The plan, Park said, will fail"; also "Park said on Monday," and a
//! medium: "he said in an email,", "the agency said in a June report,", "Lund explained earlier
//! in the committee hearing,", "the partner told them,"; also after a comma inside
//! a closing mark of an unattributed quotation: "The office had “fully cooperated,” he said, and
//! would …", a Mixed quote of two parts) goes on past its attribution, also with a gerund that
//! is the subject of a finite verb ("…, he said, replacing her would be harder"), and before
//! "by", "to", "for", "of", "from", "because", "than" or "into" ("It would be helped, Park said, by
//! the season"), and its first part is the main clause after an opening clause or apposition
//! ("As the port grows, …, it is his job, he said, to …").
//! A speech cue's subject may stand before a long aside opened by a relative pronoun, a
//! circumstance word or a word naming some of it ("Park's campaign, which has been …, said",
//! "Two officials, including a senior aide, said", "Several officials, among them Ray Dunn,
//! said", not the name in it; "Officials familiar with …,
//! speaking on condition of anonymity because …, said", and before a base form "Local economists,
//! like their colleagues abroad, say", "Executives for Elmco, which …, say", "Officials, who …,
//! say": a plural head before any preposition); a cue may be followed by an aside between dashes before
//! "that" ("said — on Twitter, as it happens — that …"); a name inside a restrictive relative
//! clause is none ("officials who spoke with The Harbour Post said"), nor is a span of time
//! opening the sentence ("Hours later, Park …, telling …") or a past participle's phrase
//! ("Chastened by the analyses, as well as …, Lund …, promising …"), and a prepositional phrase holding
//! a finite verb makes the words before the cue a clause, not a subject ("The mood in the hall
//! was tense as members … said"). Between the cue and ", that" may stand an aside ("insisted,
//! most recently in an interview with HBC, that …", "said on HBC, where he is a contributor,
//! that …", "said Sunday on HBC that …", "said in ‘08 that …": an elided year's apostrophe is
//! no quotation mark; "has said repeatedly that …": an adverb before "that" or a subject
//! pronoun is left out; "said in a statement released by her lawyer": a participle with "by"
//! (after a cue phrase, with any preposition or a time word: "said in a statement posted on its
//! website", "told reporters gathered outside") modifies the cue's noun, and only a "that"
//! after it opens a content; "The company, in a
//! statement, said …": a medium phrase between commas is the next cue's circumstance, not a
//! cue of its own), and a short phrase of plain words may stand before a
//! content opened by a subject pronoun, also contracted ("said during the debate he would …",
//! "has said for weeks she’s …"; not after "of", "about", "with", "to" or "for" unless a span
//! of time follows it); "continues to insist" reports for the subject. A nominal right after a
//! preposition is inside its subject's modifier ("A spokesman for the company said" credits
//! the whole phrase, not "the company"). A request for anonymity ("who asked not to be named",
//! "declined to be identified", "declined to give her name") reports nothing. A quantity may open the content right after
//! the cue ("said about half of …", "said at least 12 people …"; not "at least once"). After
//! "said," a gerund cue before "that", a colon or a quotation, or a gerund of plain saying
//! before a word ("Berg disagreed, saying the ruling …"), reports for itself ("Lund said, adding that …" gives
//! the content after "that", cue "adding"), and a bare plural listener before a preposition
//! is no content ("told supporters at a rally"). A study's subject may carry an aside before
//! "found"/"showed" ("The report, released on Monday, found …"; a participle opening such an
//! aside is no cue: "The memo, written by an aide, warned that …"), and ends before a verb of its
//! own before "and found" ("The authors of the report combed through … and found …"). A
//! passive's subject speaks only in "was quoted as saying" ("was asked", "is known": no one),
//! and the object of "quoted … as saying" speaks ("The Gazette quoted a senior official as
//! saying …", "Lund was quoted by the Gazette as saying …": the official, Lund; PolNeAR's gold
//! credits the newspaper).
//! Armed attackers do not speak ("Militants attacked the convoy": no report). A negated auxiliary written as
//! one token stands between the speaker and the cue ("His aides haven't said", "Park
//! didn’t say"; a negated modal only before "say"), and two nominals or a nominal and a name
//! opening the sentence speak together ("The union and the company said", "The senator and
//! former state treasurer said", "… and former secretary of state said": a bare phrase of plain
//! words after "and"), as do the two
//! sides of "Neither Park nor Lee would say …". "said only that …"
//! leaves the adverb out of the content; after a comma, "that" before a finite verb opens it
//! ("As Park pointed out, that is a waste"). A subject may carry a participle phrase before its
//! cue ("A notice posted on the website said": the notice speaks), "state" after a determiner
//! may end a plain subject ("voters in each state say"), and a listener's name may carry its
//! place ("told The Gazette of Elm last week she …"), while a name after a determiner and a
//! lowercase noun, before a verb, opens the content ("told the jury Marn had lied"); a bare listener and a phrase of plain
//! words before "that" stay out of the content ("told parliament on Tuesday that …"; after
//! "tell", "inform", "assure", "remind" or "warn" also the plain rest of a named listener's phrase:
//! "told The Post and Courier newspaper of Elm on Saturday that …"); "that" right after the
//! cue, or a noun phrase before a finite verb, is no listener ("warned that profits would …",
//! "warned they could …"). After "tell", "inform", "assure", "remind" or "warn", a bare
//! lowercase plural before the subject of a clause is the listener ("told donors the campaign
//! was …", "warned investors she would …"), and after "promise" before "that" or a pronoun or
//! name ("promised voters she would …"; "promised voters a tax cut" keeps its object). A
//! quoted programme title after a listener ends it
//! ("told HBC’s “Harbour Morning Hour” that …", also with a time phrase before "that"; with no
//! "that" nothing is reported: "told HBC’s “Harbour Hour” on Sunday.") or is the listener ("told “Harbour Morning
//! Hour” that …").
//! "claims", "remarks", "comments", "answers" and "attacks" after a preposition and its phrase
//! are nouns ("because of Varga's Fifth Amendment claims, …"), and so is "attacks" before a
//! comma or a bare lowercase word ("the Paris attacks test …"); a cue's form right after a
//! determiner or "of" modifies a noun ("the number of reported cases"). A long subject may open
//! after a subordinator ("When the head of the agency said …", "…, because the mayor of Elm
//! said …", "even as the secretary of state said …"; not "if": a condition reports nothing)
//! and may hold a title's abbreviation point ("Friends of Mr. Park say") or end in an
//! anonymity clause ("A member who asked not to be named said").
//! [`label`] finds a paragraph-opening speaker label ("Park: …"); [`headline_label`] finds a
//! headline's source before a colon, which may be any capitalised phrase ("Poll: …", "Harbour
//! Chief Ida Varga on Fares: …").
//!
//! Contract: [`find`] reads the tokens of one sentence (spans are UTF-8 byte offsets into the
//! whole text) and returns non-overlapping reported contents in order, each with its speaker
//! phrase and cue, all inside the sentence. Cues inside quotation marks are ignored, and a
//! content never starts at or runs into an attributed direct quote (`blocked`). Every scan is
//! a bounded window or one forward pass over the sentence's tokens: linear time.
//! A content has at least three words, except an elliptical answer ("said he would"), an
//! infinitive of two words after the listener of "urge" and the like ("urged him to resign"), an
//! infinitive of two words cut by a later report ("declined to comment and aides said …"), a short
//! object of a nominal cue, and a two-word clause of a subject and its past verb ("Berg said
//! he agreed.", "said sales fell"; not an auxiliary: "show that has reversed") or of "he",
//! "she" or "it" and a present verb ("says it works").
//! A closing attribution's clause also ends at ", on (the) condition of anonymity", and a
//! party parenthesis in it ("Sen. Ada Lind (D-Elm.) told the Gazette.") does not count toward its
//! length; a two-word adverbial between commas ("for example", "in fact", "of course") and a
//! parenthesis of up to about twenty words may stand between a subject and its cue; after
//! "told", a two-word bare plural before a clause is the listener ("told harbour pilots the
//! pier was safe"); a participle after a manner adverb ends a content (", quietly staking
//! …"; not after a hedge: ", possibly handing …"), so does ", and <determiner> <plain words>
//! <finite verb>" (", and the cut is drawing …"), while a relative clause between commas
//! before the content's own verb ("whether the pier, which was built in 1920, has been
//! inspected …") and ", but" before a preposition, "also", "not" or "rather" (", but by its
//! workers") go on; "states" after a noun before "that" or a colon is the verb ("The memo
//! states that …"; not after a count or quantifier).
//! So does a "with" phrase between commas before the content's verb ("the strikes, with their
//! pickets, had been peaceful"). A name before a short parenthesis and a relative clause speaks
//! after an opening phrase ("On a late show, Sen. Jo Park (D-Elm.), who chairs the board, said
//! …"). A name right after "with" speaks a gerund cue ("…, with former Gov. Tom Berg calling
//! the toll a theft"), and "and <name> <gerund cue>" ends a content and opens the next such
//! phrase ("with Lind saying the port was saved and Berg calling the deal …"). "whom" opens a
//! bare "asked" question too ("When asked whom he supported, …"), and "when asked" after a cue
//! and its listener opens no content of that cue ("Berg told the Gazette when asked about …").
//! A verb, its object and "as" before a quotation of up to twenty words label the object in
//! the quotation's words, for the verb's subject, as a mixed report from the object to the
//! closing mark ("Lund openly reveres Berg as a “harbour hero,”", "Lind has been loudly
//! branding Berg as a “pier wrecker”"); with no object, only after a cue and from "as" ("is
//! describing as “careless”"; not a passive: "were designated as “secret”"). The listener of
//! "ask", "urge", "warn", "advise", "remind" or "tell" may carry a prepositional phrase before
//! the infinitive ("urges dockers in Elmton to “stand firm”"). A content of fewer than seven
//! words keeps a relative clause after ", which" ("said she backed the levy, which cost the
//! port millions"); a longer one ends before it. A reason right after a closing attribution is
//! the content's second part ("The plan will fail, Lund said, because the pier is …"); other
//! circumstances (", as she left", ", with riders stranded", ", although …") still close the
//! attribution's clause. An "-s" form right
//! before a past cue is that cue's plural subject, not a cue ("Several dock figures argued …";
//! never "says" or "tells"). A subject pronoun written as one token with its auxiliary speaks
//! as the pronoun alone ("She’s said", "they've argued", "he'd told"; "’s" only before a
//! participle, and not "it’s said"); "who's said" opens a relative clause like "who has said".
//! An apposition before ", said" may run 24 tokens ("Tom Berg, the owner of the line and host
//! of the show “Dock Talk,” said"), and a state abbreviation after a town's comma is part of
//! the subject before an aside ("Officials in Elmton, N.Y., speaking on condition …, said").
//! After a raising verb ("seemed to", "appears to", "continued to") any cue's infinitive is
//! the clause subject's report ("Lind … seemed to think the plan was hollow"), spoken by a
//! subject pronoun right before the raising verb when there is one ("after he appeared to
//! suggest …"). "commented on", "boasted of|about" and "bragged about" take a noun phrase like
//! "talked about" ("Lund has also commented on the ferry's delay"), as does "made no mention
//! of"; a negated "mention" still takes a short object ("never mentioned Berg"). A negated
//! auxiliary written as one token is an auxiliary before a base form ("didn't mention the
//! levy", "doesn’t think …"). A gerund cue after "and" that closes a gerund clause opened
//! after a comma reports for the clause's subject like one after the comma ("…, painting
//! others as weak and suggesting that …"). A lowercase indefinite pronoun right before a cue
//! speaks ("Then someone asked how …"), but not after a modal ("someone should question …").
//! A party parenthesis after a name does not end a noun-phrase object ("called on Elm Gov. Ada
//! Lind (R) to resign", "the efforts of a donor to Sen. Tom Berg (D-Elm.) to attack …").
//! A title's marks of any style may stand between a cue's phrase and "that" ("said on KBX's
//! ''Dock Week'' on Sunday that …"). A report in a relative clause on the subject of the next
//! cue ends before that cue and its auxiliaries ("A woman who has accused the mayor of theft
//! said …"). Any cue after "went on to", "out of her way to", "took to <medium> to" or "used
//! <a short phrase> to" reports for the clause's subject ("The senator goes on to slam …", "Lund
//! took to Twitter to accuse …", "Berg used his speech to criticize …"), which does not take the
//! verb ("The clerk used to describe …" is a habit, and reports nothing). "See" and "view"
//! report a view only with "as" after a short object ("Lund sees the levy as a tax …"; "We will
//! see what happens" reports nothing); "recognize", "learn", "discover", "advise" and
//! "request" report only a "that" clause (`THAT_ONLY`: "Lund learned Tuesday that …", not
//! "learned a lesson" nor "learned that in 1990", nor "an aide who requested anonymity" or
//! "Weber, who advises Lund,"), and as such a form after "and" ("the undivided and recognized capital") does not
//! end a content. In a series of present-tense predicates joined by a comma,
//! as in a headline, the later cue shares the earlier one's speaker ("Rep. Ada Lind slams Berg,
//! praises Lund as …"). An aside on the object of an accusation or praise does not end it when
//! the charge's "of" or "for" follows ("accused Tom Berg, who was born in Elm, of lying …").
//! A subject with a modifier keeps it when adverbs or auxiliaries stand before the cue ("A
//! spokesman for the port did not immediately say …" credits the spokesman, not "the port").
//! A sentence-opening conjunction before an imperative is no speaker ("But don't expect …"
//! reports with none). A short noun-phrase object reports after ", who" ("Lund, who endorsed
//! Park, left"), not in a restrictive clause ("Delegates who endorsed Park left"). A name as
//! the object keeps a closing apposition ("mentions Ada Walton, the one clerk whose fine Lind
//! waived"). A plural subject after a preposition is the end of a longer subject ("Officials in
//! several states say", "Two-thirds of voters in all five towns say").
//! Auxiliaries and a raising verb before a study's cue are not its subject's ("Recent polling is
//! showing", "A review seems to show"), and a gerund's subject ends before the clause's verb
//! ("The mayor left no doubt …, saying").
//! A closing "as" clause with a verb of telling credits the clause before it ("…, as police
//! have said", "…, as a port memo put it"); not "as well as", nor "as Lund proposes", which
//! describes. "that way" after a cue is how, not a content ("feel that way"), and "that" before
//! a lone singular noun and a verb is a determiner the content keeps ("said that day was …").
//! A base-form "say" after "and" takes the first predicate's subject ("Lund didn’t come out
//! and say …" is Lund's), not the whole clause before it.
//! A closing attribution may end with a quoted title in title case ("…, he said on HBC’s
//! “Morning Dock.”", "…, Rubin said in his book, “A Norland Son.”"): the title is no second
//! part of the content (a quotation right after the cue is: "…, Lund said, “Probably.”").
//! It may also end with a short subordinate clause with a pronoun subject and no cue ("…, Lund
//! said as he labored over one of the last speeches of his term.", "…, Lund told advisers as he
//! …": a bare plural is the listener), when the speaker and cue stand right after the comma.

use super::attribution::{self, cue_at, np_backward, np_forward, Attribution, SpeakerKind, FINITE, SUBORDINATORS};
use crate::models::Models;
use crate::types::{Span, Token, TokenKind};

/// A reported content with its attribution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reported {
    /// The content after the cue (the last part).
    pub content: Span,
    /// The content's first part when the attribution interrupts it ("The plan, Park said, will fail").
    pub lead: Option<Span>,
    pub attr: Attribution,
    pub confidence: f32,
}

/// "told 300 riders", "told 2,267 people gathered at …": a count and a plural noun after
/// "told" are its listener; the token after them.
fn counted_listener(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    if k + 1 >= toks.len() {
        return None;
    }
    let x = w(text, toks, k);
    let count = x.starts_with(|c: char| c.is_ascii_digit()) && x.bytes().all(|b| b.is_ascii_digit() || b == b',');
    let noun = w(text, toks, k + 1);
    (count
        && noun.len() > 3
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && (noun.ends_with('s') && !noun.ends_with("ss") || noun == "people"))
        .then_some(k + 2)
}

/// A quoted title closing a closing attribution's tail ("…, he said on HBC’s “Morning Dock.”",
/// "…, Rubin said in his book, “A Norland Son.”"): the tail's length without it (and without a
/// comma before it), or `None`. The title is up to six words after an opening mark, in title
/// case (every word of four letters or more capitalised), closed by the tail's last token or
/// by one before a stop (a stop may stand inside the mark).
fn without_closing_title(text: &str, tail: &[Token]) -> Option<usize> {
    let x = |k: usize| &text[tail[k].span.range()];
    let mut last = tail.len().checked_sub(1)?;
    // (A stop may also follow the mark: "“Morning Dock”.")
    if last > 0 && x(last) == "." {
        last -= 1;
    }
    // A mark ending at token `k`: one token, or two straight apostrophes ("''Son.''").
    let double_straight = |k: usize| k > 0 && x(k) == "'" && x(k - 1) == "'";
    let (close, open_mark): (usize, fn(&str) -> bool) = if matches!(x(last), "”" | "\"" | "''") {
        (last, |y| matches!(y, "“" | "\"" | "''"))
    } else if double_straight(last) {
        (last - 1, |y| y == "'")
    } else {
        return None;
    };
    let open = (close.saturating_sub(9)..close).rev().find(|&k| open_mark(x(k)))?;
    let inner = &tail[open + 1..close];
    let doubled = usize::from(x(open) == "'" && open > 0 && x(open - 1) == "'");
    let open = open - doubled;
    let words = inner.iter().filter(|t| t.kind == TokenKind::Word).count();
    let title = open > 0
        && (1..=6).contains(&words)
        && inner
            .first()
            .is_some_and(|t| t.kind == TokenKind::Word && text[t.span.range()].starts_with(char::is_uppercase))
        && inner.iter().enumerate().all(|(i, t)| {
            let y = &text[t.span.range()];
            // (Title case: "State of the Union", not a sentence: "Not going to go into that.")
            (t.kind == TokenKind::Word
                && (y.len() < 4 || y.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())))
                || matches!(y, "'s" | "’s" | "-")
                || (i + 1 == inner.len() && matches!(y, "." | "!" | "?"))
        });
    title.then(|| if x(open - 1) == "," { open - 1 } else { open })
}

/// The "that" after a quoted title opening at token `j` ("told “Harbour Morning Hour” that").
fn title_then_that(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let n = toks.len();
    if j >= n || !opens_quote(text, toks, j) {
        return None;
    }
    let c = (j + 1..n.min(j + 14)).find(|&k| matches!(w(text, toks, k), "”" | "\""))?;
    // ("told MSNBC’s “Morning Joe” on Friday that …": a short time phrase may stand between.)
    (c + 1..n.min(c + 5)).find(|&k| w(text, toks, k) == "that").filter(|&t| {
        (c + 1..t).all(|k| {
            let x = w(text, toks, k);
            matches!(x, "on" | "last" | "this" | "early" | "late" | "earlier") || is_time_word(x)
        })
    })
}

/// Words that may stand between a speaker and the cue ("has long said", "did not say", "had
/// earlier said").
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "earlier",
    "has",
    "had",
    "have",
    "then",
    "once",
    "previously",
    "recently",
    "reportedly",
    "further",
    "again",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "did",
    "does",
    "do",
    "not",
    "never",
    "n't",
    "long",
    "often",
    "already",
    "even",
    "now",
    "still",
    "first",
    "only",
    "just",
    "repeatedly",
    "publicly",
    "privately",
    "initially",
    "since",
    "always",
    "frequently",
    "openly",
    "flatly",
    "quickly",
    "immediately",
    "explicitly",
    "simply",
    "clearly",
    "specifically",
    "together",
];

/// A word of [`BETWEEN`], or a negated perfect or "do" auxiliary written as one token
/// ("hasn't", "didn’t"); a negated modal ("wouldn't") only before "say" (`say`).
fn between_word(lx: &str, say: bool) -> bool {
    BETWEEN.contains(&lx)
        || lx.strip_suffix("n't").or_else(|| lx.strip_suffix("n’t")).is_some_and(|stem| {
            matches!(stem, "has" | "have" | "had" | "did" | "does" | "do")
                || (say && matches!(stem, "would" | "could" | "wo" | "ca"))
        })
}

/// How many final tokens of a sentence a closing attribution with a relative clause on its
/// speaker may span ("…, said Jo Park, who has chaired the board since 2010.", "…, said Dan
/// Aldo, a professor of economics at M.I.T., who is one of the country's foremost specialists
/// on the pluses and minuses of free trade.": an abbreviation's points are tokens too).
const WHO_WINDOW: usize = 40;

/// Words that open the question after a bare "asked" ("Asked whether …", "when asked about …").
const ASKED: &[&str] = &["whether", "if", "what", "why", "how", "who", "whom", "when", "where", "which", "about"];

/// Words that open a prepositional phrase after a cue ("said in an interview").
const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "with",
    "from",
    "after",
    "before",
    "to",
    "for",
    "of",
    "by",
    "about",
    "into",
    "through",
    "while",
    "when",
    "under",
    "over",
    "against",
    "without",
    "amid",
    "up",
    "out",
    "off",
    "down",
    "back",
    "away",
    "outside",
    "inside",
    "near",
    "aboard",
    "alongside",
    "throughout",
    "beside",
    "toward",
    "towards",
    "behind",
    "beyond",
    "onstage",
    "backstage",
];

/// A subject pronoun, alone or with its contracted verb ("he", "she’s", "they're").
fn subject_pronoun(x: &str) -> bool {
    let (stem, verb) = x.split_once(['’', '\'']).unwrap_or((x, ""));
    matches!(stem, "he" | "she" | "they" | "we" | "I")
        && (stem.len() == x.len() || matches!(verb, "s" | "re" | "ll" | "d" | "ve" | "m"))
}

/// A verb that raises its subject to the cue of the infinitive after it: "seemed to blame",
/// "appears to suggest", "continued to insist" (the subject speaks, whatever the cue).
fn raising_verb(x: &str) -> bool {
    matches!(
        x,
        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared" | "continue" | "continues" | "continued"
    )
}

/// The verb carrying an infinitive cue at token `v` whose subject speaks, whatever the cue: "went
/// on to attack …", "goes on to slam …", "went out of her way to praise …", "took to Twitter to
/// accuse …", "used his speech to criticize …" (a short phrase of plain words between "used" and
/// "to").
fn carrier_verb(text: &str, toks: &[Token], v: usize) -> Option<usize> {
    let go = |k: usize| matches!(w(text, toks, k), "go" | "goes" | "went" | "gone");
    if v < 4 || w(text, toks, v - 1) != "to" {
        return None;
    }
    if w(text, toks, v - 2) == "on" && go(v - 3) {
        return Some(v - 3);
    }
    if v > 5
        && w(text, toks, v - 2) == "way"
        && matches!(w(text, toks, v - 3), "his" | "her" | "their" | "its" | "my" | "our" | "your")
        && w(text, toks, v - 4) == "of"
        && w(text, toks, v - 5) == "out"
        && go(v - 6)
    {
        return Some(v - 6);
    }
    // The phrase between: plain words, no second "to" but the one after "took".
    let k = (v.saturating_sub(8)..v - 2).rev().find(|&k| {
        let x = w(text, toks, k);
        !(toks[k].kind == TokenKind::Word || matches!(x, "'s" | "’s"))
            || matches!(x, "used" | "uses" | "took" | "takes")
    })?;
    let plain = (k + 1..v - 1)
        .all(|i| w(text, toks, i) != "to" || (i == k + 1 && matches!(w(text, toks, k), "took" | "takes")));
    let took = matches!(w(text, toks, k), "took" | "takes") && w(text, toks, k + 1) == "to" && k + 2 < v - 1;
    let used = matches!(w(text, toks, k), "used" | "uses") && k + 1 < v - 1;
    ((took || used) && plain).then_some(k)
}

/// True when token `k` opens a party parenthesis after a name ("Sen. Tom Berg (D-Elm.)",
/// "Gov. Ada Lind (R)"): it closes within six tokens and starts with "R", "D" or "I", alone or
/// before a hyphen.
fn party_parenthesis(text: &str, toks: &[Token], k: usize) -> bool {
    let n = toks.len();
    k > 0 && k + 2 < n && w(text, toks, k) == "(" && attribution::is_cap(text, toks, k - 1) && {
        let x = w(text, toks, k + 1);
        let party = matches!(x.split('-').next(), Some("R" | "D" | "I"));
        party && (k + 2..n.min(k + 7)).any(|c| w(text, toks, c) == ")")
    }
}

/// True when token `k` is a state abbreviation after a town's comma ("Elmton, N.Y.", "Elmton,
/// Mich."): a capitalised word ending in a point (or before one), after a comma after a
/// capitalised word.
fn state_after_town(text: &str, toks: &[Token], k: usize) -> bool {
    k > 1
        && w(text, toks, k - 1) == ","
        && attribution::is_cap(text, toks, k - 2)
        && attribution::is_cap(text, toks, k)
        && (w(text, toks, k).ends_with('.') || (k + 1 < toks.len() && w(text, toks, k + 1) == "."))
}

/// The pronoun of token `k` when it is a subject pronoun contracted with a perfect (or
/// conditional) auxiliary before the cue form `cue` ("she’s said", "they've argued", "he'd
/// told", "who's said"); "’s" only before a participle ("he’s says" is no such form).
fn contracted_subject(text: &str, toks: &[Token], k: usize, cue: &str, models: &Models) -> Option<Span> {
    let (stem, verb) = w(text, toks, k).split_once(['’', '\''])?;
    if !matches!(stem.to_ascii_lowercase().as_str(), "he" | "she" | "they" | "we" | "i" | "who") {
        return None;
    }
    let participle =
        cue.ends_with("ed") || cue.ends_with("ing") || (models.cue_lemma(cue) != Some(cue) && !cue.ends_with('s'));
    (matches!(verb, "ve" | "d") || (verb == "s" && participle))
        .then(|| Span::new(toks[k].span.start, toks[k].span.start + stem.len()))
}

/// Quantifiers before "of whom" / "of them" that stand for people ("many of whom say").
const PARTITIVES: &[&str] = &["many", "some", "most", "all", "several", "both", "none", "few", "one", "two", "half"];

/// Prepositions whose object may close a subject's modifier ("a lawyer for the family said").
const OBJECT_PREPOSITIONS: &[&str] =
    &["of", "for", "at", "with", "from", "in", "on", "to", "by", "about", "under", "against", "without", "within"];

/// Nouns for a group or share of people, heading "<group> of <people>" ("a number of
/// economists", "dozens of residents").
const GROUP_NOUNS: &[&str] = &[
    "number",
    "majority",
    "minority",
    "group",
    "array",
    "host",
    "handful",
    "range",
    "variety",
    "coalition",
    "couple",
    "lot",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "most",
    "many",
    "some",
    "all",
    "half",
];

/// `np` widened to the group phrase it follows: "a number of economists", "a wide array of
/// economists", "dozens of residents" (up to three words back from "of" to a determiner, or a
/// bare count word).
fn group_of(text: &str, toks: &[Token], np: (Span, SpeakerKind, usize), models: &Models) -> (Span, SpeakerKind, usize) {
    let a = np.2;
    if np.1 == SpeakerKind::Name || a < 2 || w(text, toks, a - 1) != "of" {
        return np;
    }
    let g = w(text, toks, a - 2).to_ascii_lowercase();
    if !GROUP_NOUNS.contains(&g.as_str()) {
        return np;
    }
    let mut b = a - 2;
    while b > 0 && b + 4 > a && toks[b - 1].kind == TokenKind::Word {
        let x = w(text, toks, b - 1).to_ascii_lowercase();
        if matches!(x.as_str(), "a" | "an" | "the") {
            return (Span::new(toks[b - 1].span.start, np.0.end), SpeakerKind::Nominal, b - 1);
        }
        if attribution::is_cap(text, toks, b - 1) || models.cue_lemma(&x).is_some() || DETERMINERS.contains(&x.as_str())
        {
            break;
        }
        b -= 1;
    }
    if g.ends_with('s') || PARTITIVES.contains(&g.as_str()) {
        return (Span::new(toks[a - 2].span.start, np.0.end), SpeakerKind::Nominal, a - 2);
    }
    np
}

/// `np` widened back over the prepositional phrases it closes: "Voters in all five states",
/// "Two-thirds of voters in all five states" (up to two phrases, each after "in", "of", "from",
/// "across" or "at", with a quantifier or count allowed before the phrase's noun).
fn widen_over_phrases(
    text: &str,
    toks: &[Token],
    np: (Span, SpeakerKind, usize),
    models: &Models,
) -> (Span, SpeakerKind, usize) {
    let mut out = np;
    for _ in 0..2 {
        let mut b = out.2;
        while b > 0
            && (toks[b - 1].kind == TokenKind::Number
                || matches!(
                    w(text, toks, b - 1),
                    "all" | "both" | "several" | "two" | "three" | "four" | "five" | "the" | "these" | "those"
                ))
        {
            b -= 1;
        }
        if b < 2 || !matches!(w(text, toks, b - 1), "in" | "of" | "from" | "across" | "at") {
            break;
        }
        let Some(head) = np_backward(text, toks, b - 1, models).filter(|h| h.1 != SpeakerKind::Pronoun) else {
            break;
        };
        let head = group_of(text, toks, head, models);
        out = (Span::new(head.0.start, np.0.end), SpeakerKind::Nominal, head.2);
    }
    out
}

/// "as a port memo put it", "as Lund once put it": the speaker phrase at `i` and "put it" as
/// the cue (what follows is the caller's to check).
fn put_it(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<Attribution> {
    let k = (i + 1..toks.len().min(i + 9)).find(|&k| {
        matches!(w(text, toks, k), "put" | "puts") && toks.get(k + 1).is_some_and(|t| &text[t.span.range()] == "it")
    })?;
    let mut e = k;
    while e > i + 1 && (attribution::is_adverb(w(text, toks, e - 1)) || between_word(w(text, toks, e - 1), false)) {
        e -= 1;
    }
    let (speaker, kind, s) = np_backward(text, toks, e, models)?;
    // ("a Homeland Security memo": an article before a capitalised modifier.)
    let article = s == i + 1 && matches!(w(text, toks, i), "a" | "an" | "the");
    let speaker = Span::new(toks[i].span.start, speaker.end);
    (s == i || article).then(|| Attribution { speaker, kind, cue: attribution::cue_span(toks, k, 2), end_tok: k + 2 })
}

/// Lemmas of the verbs that close a sentence in an "as" clause crediting its words ("…, as
/// police have said", "…, as Lund noted", "…, as the Gazette reported").
const AS_CUES: &[&str] = &[
    "say",
    "note",
    "point",
    "report",
    "write",
    "explain",
    "observe",
    "acknowledge",
    "argue",
    "predict",
    "warn",
    "tell",
    "state",
    "claim",
    "confirm",
    "reveal",
    "admit",
    "concede",
    "recall",
    "suggest",
    "add",
    "mention",
    "remark",
    "testify",
    "insist",
    "contend",
];

/// Modals and auxiliaries after which a cue's base form is a verb ("would say").
pub(crate) const MODALS: &[&str] =
    &["would", "will", "could", "can", "may", "might", "should", "must", "did", "does", "do", "to", "n't", "not"];

/// Gerund cues that open a second report besides the plain speech ones ("…, calling it …").
const GERUNDS: &[&str] = &["call", "accuse", "suggest", "ask", "urge", "describe", "cite", "criticize", "praise"];

/// More gerund cues that open a report of the clause's subject after a comma ("…, pointing
/// to the polls", "…, mocking the plan", "…, contending that …", "…, encouraging voters to
/// …"); unlike [`GERUNDS`] they end a content only when
/// they open a report themselves.
const AFTER_COMMA: &[&str] = &[
    "point",
    "question",
    "promise",
    "vow",
    "mock",
    "refuse",
    "recall",
    "dismiss",
    "challenge",
    "predict",
    "attack",
    "propose",
    "pledge",
    "blame",
    "tout",
    "demand",
    "denounce",
    "reject",
    "remark",
    "defend",
    "slam",
    "blast",
    "repeat",
    "hope",
    "believe",
    "fear",
    "mention",
    "offer",
    "remind",
    "thank",
    "applaud",
    "shout",
    "chant",
    "assert",
    "contend",
    "allege",
    "emphasize",
    "emphasise",
    "stress",
    "reiterate",
    "caution",
    "hint",
    "imply",
    "express",
    "decry",
    "portray",
    "encourage",
    "advise",
    "joke",
    "wonder",
    "endorse",
    "reference",
];

/// Cues whose content may be an infinitive ("vowed to block the sale", "urged them to leave").
const TO_CONTENT: &[&str] = &[
    "promise",
    "vow",
    "pledge",
    "threaten",
    "plan",
    "decide",
    "refuse",
    "agree",
    "decline",
    "want",
    "hope",
    "expect",
    "urge",
    "ask",
    "tell",
    "call",
    "encourage",
    "advise",
    "remind",
    "warn",
    "demand",
    "propose",
    "offer",
    "seek",
    "intend",
    "beg",
    "plead",
    "request",
];

/// Day words that may close a noun-phrase object as the cue's time ("endorsed Park Friday").
fn is_day_word(x: &str) -> bool {
    crate::calendar::is_weekday(x) || matches!(x, "yesterday" | "today" | "tonight")
}

/// Words that open a time phrase after a cue ("said on Friday he …", "said last week the …").
fn is_time_word(x: &str) -> bool {
    crate::calendar::is_weekday(x)
        || crate::calendar::is_month(x)
        || matches!(
            x,
            "week"
                | "month"
                | "year"
                | "weekend"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "yesterday"
                | "today"
        )
}

/// The start of a time phrase ending before token `s` ("this week", "on Thursday evening",
/// "in the past", "last year", "a month later", "less than two weeks ago"), when one stands
/// there.
fn time_tail(text: &str, toks: &[Token], s: usize) -> Option<usize> {
    let is = |k: usize, words: &[&str]| words.iter().any(|x| w(text, toks, k).eq_ignore_ascii_case(x));
    if s > 3 && is(s - 3, &["in"]) && is(s - 2, &["the"]) && is(s - 1, &["past", "meantime"]) {
        return Some(s - 3);
    }
    // "earlier in the day", "later in the week".
    if s > 4
        && is(s - 4, &["earlier", "later"])
        && is(s - 3, &["in"])
        && is(s - 2, &["the"])
        && (is(s - 1, &["day"]) || is_time_word(w(text, toks, s - 1)))
    {
        return Some(s - 4);
    }
    if s > 3
        && is(s - 3, &["on"])
        && crate::calendar::is_weekday(w(text, toks, s - 2))
        && is_time_word(w(text, toks, s - 1))
    {
        return Some(s - 3);
    }
    if s > 2 && is(s - 2, &["this", "last", "earlier", "on", "in"]) && is_time_word(w(text, toks, s - 1)) {
        return Some(s - 2);
    }
    // "Park a month later announced", "The board less than two weeks ago said" ("later" may
    // already have been skipped as an adverb: `s` is then that word).
    let after = ["later", "earlier", "ago"];
    let e = if s > 0 && is(s - 1, &after) {
        s - 1
    } else if s < toks.len() && is(s, &after) {
        s
    } else {
        return None;
    };
    if e > 2
        && is(e - 1, &["day", "days", "week", "weeks", "month", "months", "year", "years"])
        && (is(e - 2, &["a", "one", "two", "three", "four", "five", "six", "several", "few", "many"])
            || w(text, toks, e - 2).bytes().all(|b| b.is_ascii_digit()))
    {
        let mut t = e - 2;
        if t > 2 && is(t - 1, &["than"]) && is(t - 2, &["less", "more"]) {
            t -= 2;
        } else if t > 1 && is(t - 1, &["about", "nearly", "almost", "just", "only", "some"]) {
            t -= 1;
        }
        return Some(t);
    }
    None
}

/// Words that begin a quantity rather than a prepositional phrase ("said about half of …",
/// "said at least 12 people …").
fn is_quantity_start(text: &str, toks: &[Token], j: usize) -> bool {
    if w(text, toks, j) == "at"
        && j + 2 < toks.len()
        && matches!(w(text, toks, j + 1), "least" | "most")
        && !matches!(w(text, toks, j + 2), "once" | "twice")
    {
        return true;
    }
    matches!(w(text, toks, j), "about" | "over" | "around" | "nearly" | "almost" | "roughly" | "under")
        && j + 1 < toks.len()
        && (toks[j + 1].kind == TokenKind::Number
            || matches!(w(text, toks, j + 1), "half" | "a" | "one" | "two" | "three" | "four" | "five" | "ten"))
}

/// Words a survey share is made of ("64 percent said", "about three in 10 say", "most said").
fn is_share_word(text: &str, toks: &[Token], k: usize) -> bool {
    toks[k].kind == TokenKind::Number
        || matches!(
            w(text, toks, k).to_ascii_lowercase().as_str(),
            "percent"
                | "%"
                | "in"
                | "of"
                | "about"
                | "nearly"
                | "roughly"
                | "almost"
                | "more"
                | "less"
                | "fewer"
                | "than"
                | "only"
                | "just"
                | "over"
                | "under"
                | "around"
                | "out"
                | "half"
                | "third"
                | "quarter"
                | "majority"
                | "most"
                | "one"
                | "a"
                | "the"
                | "shy"
        )
        || COUNT_WORDS[..9].contains(&w(text, toks, k).to_ascii_lowercase().as_str())
}

/// Number words that count people ("two said", "hundreds said"); the first nine are two to ten.
const COUNT_WORDS: &[&str] =
    &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"];

/// A survey share ending before token `end` ("64 percent", "about three in 10").
fn share_before(text: &str, toks: &[Token], end: usize) -> Option<(Span, SpeakerKind, usize)> {
    let last = end.checked_sub(1)?;
    let head = w(text, toks, last).to_ascii_lowercase();
    let numeric_head = last >= 2
        && (w(text, toks, last - 1) == "in"
            || (last >= 3 && w(text, toks, last - 1) == "of" && w(text, toks, last - 2) == "out"))
        && matches!(w(text, toks, last), "10" | "ten" | "5" | "five" | "4" | "four" | "3" | "three" | "2" | "two");
    // "42% say": one number token with its percent sign.
    let percent_number = toks[last].kind == TokenKind::Number && head.ends_with('%');
    // "A third", "two-thirds", "Just over a quarter": a fraction.
    let fraction = ["third", "thirds", "quarter", "quarters", "fifth", "fifths"]
        .iter()
        .any(|f| head == *f || head.strip_suffix(f).is_some_and(|p| p.ends_with('-')));
    if !(matches!(head.as_str(), "percent" | "%" | "majority" | "most" | "half")
        || numeric_head
        || percent_number
        || fraction)
    {
        return None;
    }
    let mut a = last;
    while a > 0 && last - a < 6 && is_share_word(text, toks, a - 1) {
        a -= 1;
    }
    // Keep "the" and "a" only inside the phrase ("a majority"), never dangling at its start alone.
    (a < last || head == "most" || percent_number)
        .then(|| (Span::new(toks[a].span.start, toks[last].span.end), SpeakerKind::Nominal, a))
}

/// The survey share speaking a gerund cue of speech at `v` after "with" ("with 50 percent
/// saying …", "with three in 10 saying …", "with a staggering 56 percent of voters saying …"):
/// the share, with its "of" phrase of at most four words.
fn share_with_gerund(
    text: &str,
    toks: &[Token],
    v: usize,
    word: &str,
    models: &Models,
) -> Option<(Span, SpeakerKind, usize)> {
    if !(word.ends_with("ing") && models.cue_lemma(word).is_some_and(|l| SPEECH.contains(&l))) {
        return None;
    }
    let of = (v.saturating_sub(5)..v).find(|&k| {
        w(text, toks, k) == "of"
            && (k + 1..v).all(|i| toks[i].kind == TokenKind::Word && !FINITE.contains(&w(text, toks, i)))
    });
    let (sp, _, a) = share_before(text, toks, of.unwrap_or(v))?;
    let with = (a.saturating_sub(3)..a).rev().find(|&k| w(text, toks, k) == "with")?;
    if !(with + 1..a)
        .all(|k| toks[k].kind == TokenKind::Word && w(text, toks, k).chars().all(|c| c.is_ascii_lowercase()))
    {
        return None;
    }
    Some((Span::new(toks[with + 1].span.start.min(sp.start), toks[v - 1].span.end), SpeakerKind::Nominal, v))
}

/// The name speaking a gerund cue at `v` in an absolute "with" phrase ("…, with former Gov.
/// Tom Berg calling Lind a coward", "with Lind telling reporters she …"): a name of at most
/// six tokens right after "with" (or after "and" in a second such phrase).
fn with_gerund(
    text: &str,
    toks: &[Token],
    v: usize,
    word: &str,
    models: &Models,
) -> Option<(Span, SpeakerKind, usize)> {
    if !(word.len() > 5 && word.ends_with("ing") && models.cue_lemma(word).is_some()) {
        return None;
    }
    let (sp, kind, o) = np_backward(text, toks, v, models)?;
    let o = if o > 0 && models.is_title(&w(text, toks, o - 1).to_ascii_lowercase()) { o - 1 } else { o };
    let o = if o > 0 && matches!(w(text, toks, o - 1), "former" | "then") { o - 1 } else { o };
    // ("with Lind saying … and Berg calling …": a second phrase after "and".)
    let with = o > 0
        && (w(text, toks, o - 1) == "with"
            || (w(text, toks, o - 1) == "and" && (o.saturating_sub(25)..o).any(|k| w(text, toks, k) == "with")));
    (kind == SpeakerKind::Name && with && v - o <= 6).then(|| (Span::new(toks[o].span.start, sp.end), kind, v))
}

/// A survey share of the group whose noun phrase ends before token `s` and opens its clause
/// ("54 percent of voters", "Fifty-four percent of voters", "26 percent of Democrats").
fn share_of(text: &str, toks: &[Token], s: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let (sp, _, o) = np_backward(text, toks, s, models)?;
    if !(o > 1 && w(text, toks, o - 1) == "of") {
        return None;
    }
    let spelled = |k: usize| {
        let x = w(text, toks, k).to_ascii_lowercase();
        x.split('-').all(|p| p == "one" || crate::entities::numeric::NUMBER_WORDS.contains(&p))
    };
    let a = share_before(text, toks, o - 1).map(|x| x.2).or_else(|| {
        (o >= 3 && w(text, toks, o - 2).eq_ignore_ascii_case("percent") && spelled(o - 3)).then(|| o - 3)
    })?;
    // "45% of Republicans, 28% of independents and 12% of Democrats say": a list of shares
    // speaks together.
    if a > 1 && matches!(w(text, toks, a - 1), "and" | ",") {
        if let Some((first, kind, a0)) = share_of(text, toks, a - 1, models) {
            return Some((Span::new(first.start, sp.end), kind, a0));
        }
    }
    // ("…, while only 49 percent of Republicans say …": after a conjunction opening a clause.)
    let after_conjunction = a > 0 && matches!(w(text, toks, a - 1), "while" | "whereas" | "but");
    (a == clause_opening(text, toks, a, models) || a == 0 || after_conjunction)
        .then(|| (Span::new(toks[a].span.start, sp.end), SpeakerKind::Nominal, a))
}

/// The first token of a count of people ending before token `end` and opening its clause
/// ("43", "at least 2,000", "all but two"); a year is no count.
fn count_before(text: &str, toks: &[Token], end: usize) -> Option<usize> {
    let last = end.checked_sub(1)?;
    let x = w(text, toks, last);
    let number = (toks[last].kind == TokenKind::Number
        && x.chars().all(|c| c.is_ascii_digit() || c == ',')
        && !crate::calendar::is_year(x))
        || COUNT_WORDS.contains(&x);
    if !number {
        return None;
    }
    let mut a = last;
    let pair = |a: usize, p: &str, q: &str| {
        a >= 2 && w(text, toks, a - 2).eq_ignore_ascii_case(p) && w(text, toks, a - 1) == q
    };
    if pair(a, "at", "least") || pair(a, "more", "than") || pair(a, "all", "but") || pair(a, "fewer", "than") {
        a -= 2;
    } else if a >= 1
        && matches!(w(text, toks, a - 1).to_ascii_lowercase().as_str(), "about" | "nearly" | "almost" | "some" | "only")
    {
        a -= 1;
    }
    let opens = a == 0 || matches!(w(text, toks, a - 1), "," | "and" | "but" | "while" | "But" | "And");
    (opens && (a < last || toks[last].kind == TokenKind::Number || a == 0 || w(text, toks, a - 1) == ",")).then_some(a)
}

/// Determiners and possessives before which no cue is a verb.
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my"];

/// Connectives that may open a sentence before its subject ("But the mayor, …, said").
const OPENERS: &[&str] =
    &["but", "and", "so", "yet", "still", "however", "meanwhile", "now", "instead", "then", "finally"];

/// Words opening an adverbial phrase before a subject ("Moreover,", "Among older voters,").
const SETTINGS: &[&str] = &[
    "moreover",
    "rather",
    "indeed",
    "earlier",
    "later",
    "yesterday",
    "today",
    "last",
    "this",
    "also",
    "separately",
    "finally",
    "instead",
    "then",
    "since",
    "until",
    "among",
    "amid",
    "despite",
    "as",
    "when",
    "if",
    "although",
    "though",
    "because",
    "once",
    "overall",
    "nationally",
    "statewide",
    "previously",
];

/// The first token of the clause's subject: after opening connectives ("But", "Still,") and a
/// short opening phrase closed by a comma ("In fact,", "Among older voters,", "Chastened by
/// the analyses, as well as …,"), with a state
/// and a time or place phrase after it ("At a rally in Elm, Ohio, on Sunday,"), never past `v`.
fn clause_opening(text: &str, toks: &[Token], v: usize, models: &Models) -> usize {
    let mut s = 0;
    while s < v && (OPENERS.contains(&w(text, toks, s).to_ascii_lowercase().as_str()) || w(text, toks, s) == ",") {
        s += 1;
    }
    // "Minutes later they …", "A few minutes later the board …": a span of time with no comma
    // ends right there.
    if let Some(e) = attribution::span_of_time_end(text, toks, s, v) {
        if e < v && toks[e].kind == TokenKind::Word {
            return e;
        }
    }
    let first = w(text, toks, s.min(v)).to_ascii_lowercase();
    // "Hours later,", "Two days earlier,": a span of time.
    let adverbial = PREPOSITIONS.contains(&first.as_str())
        || SETTINGS.contains(&first.as_str())
        || (first.len() > 4 && first.ends_with("ly"))
        || (first.len() > 5 && first.ends_with("ing"))
        || attribution::span_of_time(text, toks, s, v);
    // "Chastened by the analyses, Lund …": a past participle before a preposition.
    let participle = first.len() > 5
        && first.ends_with("ed")
        && s + 1 < v
        && matches!(w(text, toks, s + 1), "by" | "with" | "about" | "over" | "at" | "from" | "in" | "for" | "to");
    if let Some(c) = (s..v.min(s + 14)).find(|&k| w(text, toks, k) == ",").filter(|_| adverbial || participle) {
        // (A cue's form after a preposition or determiner is a noun: "Amid calls from …,".)
        // ("In a widely read column, …": after an adverb, an adjective.)
        let noun = |k: usize| {
            let before = w(text, toks, k.max(1) - 1).to_ascii_lowercase();
            k > s
                && (PREPOSITIONS.contains(&before.as_str())
                    || SETTINGS.contains(&before.as_str())
                    || DETERMINERS.contains(&before.as_str())
                    || (before.len() > 4 && before.ends_with("ly")))
        };
        // ("In 1986,": a number too.)
        let plain = (s..c).all(|k| {
            (toks[k].kind == TokenKind::Word && (cue_at(text, toks, k, models).is_none() || noun(k)))
                || toks[k].kind == TokenKind::Number
        });
        if plain && c + 1 < v {
            s = c + 1;
            // The participle's phrase goes on in lower case after its comma ("…, as well as
            // complaints over the plan’s costs, Lund …").
            if participle && toks[s].kind == TokenKind::Word && w(text, toks, s).starts_with(char::is_lowercase) {
                if let Some(c2) = (s..v.min(s + 12)).find(|&k| w(text, toks, k) == ",").filter(|&c2| c2 + 1 < v) {
                    s = c2 + 1;
                }
            }
            // "On Thursday, however, Lund …": an adverb between commas.
            if s + 2 < v
                && matches!(w(text, toks, s), "however" | "meanwhile" | "though" | "too" | "instead" | "moreover")
                && w(text, toks, s + 1) == ","
            {
                s += 2;
            }
            // "At a rally in Elm, Ohio, on Sunday, Park …": a state after the place and a
            // further time or place phrase, each closed by its comma, go with the opening.
            for _ in 0..3 {
                let x = w(text, toks, s);
                let lx = x.to_ascii_lowercase();
                let state = x.starts_with(char::is_uppercase)
                    && models.gazetteer.get(x) & crate::entities::gazetteer::COUNTRY != 0;
                let phrase = matches!(
                    lx.as_str(),
                    "on" | "in" | "at" | "during" | "after" | "before" | "last" | "this" | "earlier" | "later"
                );
                if !state && !phrase {
                    break;
                }
                let reach = if state { 3 } else { 6 };
                let next = (s + 1..v.min(s + 1 + reach)).find(|&k| w(text, toks, k) == ",");
                match next.filter(|&c2| {
                    c2 + 1 < v
                        && (s..c2).all(|k| {
                            (toks[k].kind == TokenKind::Word || (state && w(text, toks, k) == "."))
                                && cue_at(text, toks, k, models).is_none()
                        })
                }) {
                    Some(c2) => s = c2 + 1,
                    None => break,
                }
            }
        }
    }
    s
}

/// The first token after the subordinator opening the clause that `v` ends in: "When the
/// head of the agency said", "…, because the mayor of Elm said", "even as the secretary of
/// state said". The subordinator opens the clause (at `s`, or after a comma, "and", "but",
/// "even" or "just"; "as" and "where" only there) and no comma stands between it and `v`
/// ("When asked, Park said" keeps its opening). A condition ("If the plan rejected …") reports
/// nothing, so "if" opens no subject.
fn subordinate_opening(text: &str, toks: &[Token], s: usize, v: usize) -> Option<usize> {
    let k = (s..v).rev().find(|&k| {
        let x = w(text, toks, k).to_ascii_lowercase();
        let after_break = k > s && matches!(w(text, toks, k - 1), "," | "and" | "but" | "even" | "just");
        ((SUBORDINATORS.contains(&x.as_str()) && x != "if") || (matches!(x.as_str(), "as" | "where") && after_break))
            && (k == s || after_break)
    })?;
    (k + 1 < v && toks[k + 1].kind == TokenKind::Word && (k + 1..v).all(|j| w(text, toks, j) != ",")).then_some(k + 1)
}

/// The subject of a long speaker phrase: the noun phrase opening the clause, followed by an
/// apposition, relative clause or prepositional phrase that runs up to the cue at `v`
/// ("Residents of the two districts, many of whom rely on the ferry, said …").
fn subject_before(text: &str, toks: &[Token], v: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let s = clause_opening(text, toks, v, models);
    let s = subordinate_opening(text, toks, s, v).unwrap_or(s);
    // "Numerous military veterans interviewed at rallies this week said": a plural noun after
    // up to three lowercase modifiers (the first may be capitalised), then a participle and a
    // preposition, or a preposition, heads the subject.
    let plural_head = || {
        (s..v.min(s + 4))
            .find(|&h| {
                let x = w(text, toks, h);
                let next = w(text, toks, h + 1);
                h + 2 < v
                    && x.len() > 3
                    && x.ends_with('s')
                    && !x.ends_with("ss")
                    && x.chars().all(|c| c.is_lowercase())
                    && (s..=h).all(|k| {
                        let y = w(text, toks, k);
                        toks[k].kind == TokenKind::Word
                            && (k == s || y.chars().all(|c| c.is_lowercase()))
                            && !DETERMINERS.contains(&y.to_ascii_lowercase().as_str())
                            && !matches!(y, "that" | "who" | "which" | "any")
                            && !FINITE.contains(&y)
                            && !PREPOSITIONS.contains(&y.to_ascii_lowercase().as_str())
                            && cue_at(text, toks, k, models).is_none()
                    })
                    && ((past_form(next) && PREPOSITIONS.contains(&w(text, toks, h + 2)))
                        || PREPOSITIONS.contains(&next))
            })
            .map(|h| (Span::new(toks[s].span.start, toks[h].span.end), SpeakerKind::Nominal, h + 1))
    };
    // (Only where no noun phrase opens the clause, or just a capitalised common word does:
    // "Numerous", "Many".) The subject then runs up to the cue, as the whole phrase speaks.
    let np = np_forward(text, toks, s, models);
    let opener_only = |x: &(Span, SpeakerKind, usize)| {
        x.1 == SpeakerKind::Name && x.2 == s + 1 && models.is_common(&w(text, toks, s).to_lowercase())
    };
    if np.as_ref().is_none_or(opener_only) {
        if let Some((sp, kind, e)) = plural_head() {
            let mut end = v;
            // (Auxiliaries, adverbs and a time phrase before the cue are no part of it: "…
            // voters late last week indicated".)
            while end > e && {
                let x = w(text, toks, end - 1);
                between_word(&x.to_ascii_lowercase(), true)
                    || attribution::is_adverb(x)
                    || is_time_word(x)
                    || matches!(x, "last" | "this" | "late" | "early" | "on")
            } {
                end -= 1;
            }
            let clean = (e..end).all(|k| {
                let x = w(text, toks, k);
                (toks[k].kind == TokenKind::Word || matches!(x, "'s" | "’s" | "-"))
                    && !FINITE.contains(&x)
                    && !matches!(x, "that" | "who" | "which" | "whose" | "because" | "if" | "when" | "while")
                    && (k == e || cue_at(text, toks, k, models).is_none())
            }) && !matches!(w(text, toks, end - 1), "and" | "or" | "but");
            if clean && end > e {
                return Some((Span::new(sp.start, toks[end - 1].span.end), kind, s));
            }
        }
    }
    let (mut sp, kind, mut e) = np?;
    // "A spokesman for the port immediately said", "… did not say": the phrase may run on over
    // the adverbs and auxiliaries skipped before the cue; they are no part of it.
    if e > v
        && v > s
        && (v..e).all(|k| {
            let x = w(text, toks, k);
            between_word(&x.to_ascii_lowercase(), true) || attribution::is_adverb(x)
        })
    {
        sp = Span::new(sp.start, toks[v - 1].span.end);
        e = v;
    }
    if e == v {
        return Some((sp, kind, s));
    }
    if e > v || v - e > 30 {
        return None;
    }
    let link = w(text, toks, e);
    // "A statement posted on the website said": a participle before a preposition.
    let participle = e + 1 < v && past_form(link) && PREPOSITIONS.contains(&w(text, toks, e + 1));
    // ("the number of reported cases": a preposition needs its object before the cue.)
    let modifier =
        matches!(link, "," | "(" | "—" | "–" | "-" | "--" | "who" | "which" | "whose" | "that" | "including")
            || (PREPOSITIONS.contains(&link) && e + 1 < v)
            || participle;
    // The words between must not hold another clause's punctuation or cue.
    // An apposition or relative clause may hold a verb of its own ("who spoke on condition
    // of anonymity"); a prepositional phrase may not.
    let relative = matches!(link, "," | "(" | "—" | "–" | "-" | "--" | "who" | "which" | "whose");
    let clean = (e..v).all(|k| !matches!(w(text, toks, k), ";" | ":" | "\"" | "“" | "”"))
        && (relative
            || ((e + 1..v).all(|k| k + 1 == v || cue_at(text, toks, k, models).is_none())
                // "The mood in the hall was tense as members … said": a finite verb in a
                // prepositional phrase makes it a clause (a relative clause or parenthesis in it
                // may hold one: "A survey of delegates, who are …, found"; so may an auxiliary
                // before an aside: "A poll of voters has, however, revealed").
                && (e + 1..v)
                    .take_while(|&k| !matches!(w(text, toks, k), "(" | "who" | "which" | "whose" | "that"))
                    .all(|k| {
                        w(text, toks, k + 1) == "," || !FINITE.contains(&w(text, toks, k).to_ascii_lowercase().as_str())
                    })));
    // The phrase must close right before the cue (after its auxiliaries): ", said", ") said",
    // "— said", or a word.
    (modifier && clean).then_some((sp, kind, s))
}

/// True when a finite auxiliary follows the phrase `sp` (outside an apposition or relative
/// clause) before the first comma at or before token `c`: "The committee for the games has
/// raised $5 million, said Park" is a clause with its own verb, not a subject with a modifier.
fn finite_after(text: &str, toks: &[Token], sp: Span, c: usize) -> bool {
    let e = toks.partition_point(|t| t.span.start < sp.end);
    e < c
        && !matches!(w(text, toks, e), "," | "(" | "—" | "–" | "-" | "--" | "who" | "which" | "whose")
        && (e..c).take_while(|&k| w(text, toks, k) != ",").any(|k| FINITE.contains(&w(text, toks, k)))
}

/// Cue forms that are also plural nouns ("his comments", "the four states").
const NOUN_FORMS: &[&str] = &[
    "states",
    "comments",
    "remarks",
    "attacks",
    "points",
    "notes",
    "claims",
    "reports",
    "calls",
    "shows",
    "posts",
    "answers",
    "warnings",
    "demands",
    "charges",
    "hopes",
    "fears",
    "plans",
    "lists",
    "views",
    "questions",
    "promises",
    "threats",
    "complaints",
    "statements",
    "responses",
    "tweets",
    "writes",
    "counters",
    "cries",
    "jokes",
    "boasts",
    "challenges",
];

/// Noun forms that are as often verbs after a singular nominal ("the paper reports that …").
const VERB_TOO: &[&str] = &["reports", "notes", "claims", "calls", "shows", "posts", "tweets", "writes", "warns"];

/// Counts and quantifiers that make "states" after them the noun ("the four states", "most
/// swing states").
const STATES_QUANTIFIERS: &[&str] = &[
    "most", "many", "all", "other", "some", "several", "both", "those", "these", "two", "three", "four", "five",
    "early", "key", "swing",
];

/// True when the cue at `v` is read as a noun or an idiom rather than a speech verb: a plural
/// noun form after a determiner, possessive or nominal ("Park's remarks", "other states"), or
/// "That said,".
fn noun_reading(text: &str, toks: &[Token], v: usize, sp: Span, sp_tok: usize, kind: SpeakerKind) -> bool {
    let cue = w(text, toks, v).to_ascii_lowercase();
    let spk = &text[sp.range()];
    // "most Southern states that …", "the Rust Belt states": a place adjective or a
    // quantified name before "states" is a noun phrase.
    if matches!(cue.as_str(), "states" | "state") && kind == SpeakerKind::Name {
        let quantified = sp_tok > 0
            && matches!(
                w(text, toks, sp_tok - 1).to_ascii_lowercase().as_str(),
                x if STATES_QUANTIFIERS.contains(&x) || matches!(x, "the" | "in" | "of")
            );
        let last = spk.rsplit(' ').next().unwrap_or("");
        let adjective = ["ern", "ian", "can", "Belt", "ese", "ish"].iter().any(|x| last.ends_with(x));
        if quantified || adjective {
            return true;
        }
    }
    if cue == "said" && spk.eq_ignore_ascii_case("that") {
        return true;
    }
    // "Editor's note:", "Park's remarks": a possessive makes the cue a noun.
    if spk.ends_with("'s") || spk.ends_with("’s") {
        return true;
    }
    if !NOUN_FORMS.contains(&cue.as_str()) {
        return false;
    }
    // "because of Park's Fifth Amendment claims, …": a phrase after a preposition is no subject.
    if matches!(cue.as_str(), "claims" | "remarks" | "comments" | "answers" | "attacks")
        && sp_tok > 0
        && matches!(
            w(text, toks, sp_tok - 1),
            "of" | "about" | "over" | "on" | "with" | "from" | "by" | "despite" | "amid" | "against" | "into"
        )
    {
        return true;
    }
    // "The memo states that …": after a noun (not a count or a quantifier: "the four states
    // that …"), "states" is the verb (`find` reaches here with "states" only before "that" or
    // a colon).
    if cue == "states"
        && kind == SpeakerKind::Nominal
        && spk.contains(' ')
        && !spk.rsplit(' ').next().is_some_and(|h| h.to_ascii_lowercase().ends_with("ing"))
        && spk.split(' ').all(|x| {
            let x = x.to_ascii_lowercase();
            !x.bytes().all(|b| b.is_ascii_digit())
                && !STATES_QUANTIFIERS.contains(&x.as_str())
                && !matches!(
                    x.as_str(),
                    "six"
                        | "dozen"
                        | "southern"
                        | "northern"
                        | "western"
                        | "eastern"
                        | "battleground"
                        | "border"
                        | "member"
                )
        })
    {
        return false;
    }
    let lone_determiner =
        matches!(spk.to_ascii_lowercase().as_str(), "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your");
    lone_determiner
        || spk.ends_with("'s")
        || spk.ends_with("’s")
        || (kind == SpeakerKind::Nominal && !VERB_TOO.contains(&cue.as_str()))
}

/// Words after a comma that end a reported content (a relative or circumstantial clause).
const CLAUSE_CUTS: &[&str] =
    &["which", "who", "whom", "whose", "while", "whereas", "with", "according", "citing", "compared"];

// Object cues, whose complement right after the cue is an object ("endorsed Park", "called
// for a recount"): the content ends at the first comma, dash or parenthesis. They come in two
// lists.

/// Object cues whose object is a noun phrase, never an infinitive or a clause ("cited the
/// figure", "attacked Park"): a place or time after it is the cue's circumstance.
const NOMINAL_OBJECT_CUES: &[&str] = &[
    "assail",
    "bemoan",
    "lambaste",
    "deride",
    "echo",
    "invoke",
    "reference",
    "thank",
    "retweet",
    "voice",
    "liken",
    "discuss",
    "articulate",
    "unveil",
    "offer",
    "endorse",
    "support",
    "oppose",
    "praise",
    "criticize",
    "criticise",
    "defend",
    "attack",
    "reject",
    "dismiss",
    "condemn",
    "denounce",
    "slam",
    "blast",
    "mock",
    "tout",
    "hail",
    "applaud",
    "welcome",
    "challenge",
    "highlight",
    "cite",
    "mention",
    "question",
    "dispute",
    "deny",
    "clarify",
    "outline",
    "rebut",
    "decry",
    "lament",
    "express",
];

/// Object cues whose object may also be an infinitive, a clause or a naming ("called for a
/// recount", "vowed to block", "described it as …").
const OTHER_OBJECT_CUES: &[&str] = &[
    "blame",
    "call",
    "describe",
    "characterize",
    "characterise",
    "accuse",
    "charge",
    "called for",
    "calls for",
    "call for",
    "calling for",
    "called on",
    "calls on",
    "recount",
    "announce",
    "propose",
    "recommend",
    "demand",
    "threaten",
    "pledge",
    "promise",
    "vow",
    "decline",
    "refuse",
    "order",
    "portray",
];

/// Lemmas of plain speech cues (higher confidence than belief or evaluation cues).
const SPEECH: &[&str] = &[
    "say",
    "tell",
    "add",
    "write",
    "tweet",
    "argue",
    "claim",
    "state",
    "explain",
    "note",
    "insist",
    "reply",
    "respond",
    "announce",
    "declare",
    "warn",
    "acknowledge",
    "admit",
    "confirm",
    "deny",
    "report",
    "according",
];

/// Tokens `o..end` as a speaker phrase when they are at most `max` plain words (possessive
/// marks, a title's abbreviation point and, with `symbols`, "-" and "%" allowed) holding no cue; its kind is that of the
/// noun phrase opening it.
fn plain_subject(
    text: &str,
    toks: &[Token],
    o: usize,
    end: usize,
    max: usize,
    symbols: bool,
    models: &Models,
) -> Option<(Span, SpeakerKind, usize)> {
    let plain = end > o
        && end - o <= max
        && (o..end).all(|k| {
            let x = w(text, toks, k);
            (toks[k].kind == TokenKind::Word
                || matches!(x, "'s" | "’s")
                || (symbols && matches!(x, "-" | "%"))
                // "Friends of Mr. Park say": a title's abbreviation point.
                || (x == "." && k > o && attribution::is_title_abbreviation(w(text, toks, k - 1))))
                // A cue's participle after a passive auxiliary describes ("whose plans were
                // rejected").
                && (cue_at(text, toks, k, models).is_none()
                    || (k > o && matches!(w(text, toks, k - 1), "been" | "were" | "was" | "is" | "are" | "be"))
                    // "The state officials …": a modifier; "voters in each state say": a noun
                    // after a determiner.
                    || (x.eq_ignore_ascii_case("state")
                        && (k + 1 < end
                            || (k > o && {
                                let d = w(text, toks, k - 1).to_ascii_lowercase();
                                DETERMINERS.contains(&d.as_str()) || matches!(d.as_str(), "each" | "every")
                            }))))
        });
    plain.then(|| {
        let kind = np_forward(text, toks, o, models).map_or(SpeakerKind::Nominal, |x| x.1);
        (Span::new(toks[o].span.start, toks[end - 1].span.end), kind, o)
    })
}

/// Head nouns of a study, poll or document subject whose findings are reported ("a new poll
/// found …", "the data show …").
pub(crate) const STUDY: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "analysis",
    "data",
    "research",
    "review",
    "audit",
    "investigation",
    "results",
    "numbers",
    "figures",
    "tally",
    "census",
    "estimates",
    "findings",
    "statistics",
    "index",
    "forecast",
    "projections",
    "model",
];

/// Heads of a subject that attacks with arms, not words ("Gunmen attacked a police station").
const ARMED: &[&str] = &[
    "militants",
    "gunmen",
    "gunman",
    "insurgents",
    "rebels",
    "troops",
    "soldiers",
    "attackers",
    "assailants",
    "fighters",
    "forces",
    "terrorists",
    "bombers",
    "jihadists",
    "extremists",
    "warplanes",
    "jets",
    "drones",
    "mob",
    "army",
    "militia",
    "militias",
    "pirates",
    "raiders",
];

/// The whole subject of `v` when it names a study ("The polling done before the vote showed
/// …"): from the clause opening to the cue, if a study noun is among its words; an aside
/// between commas right before the cue is left out ("The report, released on Monday, found").
fn study_subject(text: &str, toks: &[Token], v: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let o = clause_opening(text, toks, v, models);
    if o >= v || v - o > 20 {
        return None;
    }
    // "The report, released on Monday, found …": an aside between commas closes the subject.
    let first_comma = (o..v).find(|&k| w(text, toks, k) == ",");
    let end = match first_comma {
        Some(k) if k > o && w(text, toks, v - 1) == "," => k,
        _ => v,
    };
    let plain = |r: std::ops::Range<usize>| {
        !r.into_iter().any(|k| matches!(w(text, toks, k), ";" | ":" | "\"" | "“" | "”" | "(" | ")"))
    };
    if !plain(o..v) || (end == v && first_comma.is_some()) {
        return None;
    }
    // "The authors of the report combed through the filings and found …": a verb of the
    // subject's own before "and" ends it.
    let end = if v > o + 2 && w(text, toks, v - 1) == "and" {
        (o + 1..v - 1)
            .find(|&k| {
                let x = w(text, toks, k);
                x.chars().all(|c| c.is_ascii_lowercase()) && (finite_or_past(x) || IRREGULAR_PAST.contains(&x))
            })
            .map_or(end, |k| k.min(end))
    } else {
        end
    };
    // "Recent polling is showing", "New polls have similarly shown", "A review seems to show":
    // the auxiliaries, adverbs and raising verb before the cue are no part of the subject.
    let mut end = end;
    while end > o + 1 && {
        let x = w(text, toks, end - 1);
        let lx = x.to_ascii_lowercase();
        between_word(&lx, false)
            || attribution::is_adverb(x)
            || raising_verb(&lx)
            || matches!(lx.as_str(), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "to")
    } {
        end -= 1;
    }
    let study = (o..end).any(|k| STUDY.iter().any(|x| w(text, toks, k).eq_ignore_ascii_case(x)));
    study.then(|| (Span::new(toks[o].span.start, toks[end - 1].span.end), SpeakerKind::Nominal, o))
}

/// The "(" that opens the parenthesis the ")" at `close` ends, within `reach` tokens of it
/// (none when another ")" comes first).
fn open_paren(text: &str, toks: &[Token], close: usize, reach: usize) -> Option<usize> {
    ((close + 1).saturating_sub(reach)..close)
        .rev()
        .take_while(|&k| w(text, toks, k) != ")")
        .find(|&k| w(text, toks, k) == "(")
}

fn w<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    &text[toks[i].span.range()]
}

/// True when token `j` opens a quotation: a quotation mark, or the first of two straight
/// apostrophes standing for one (the `''…''` style, tokenized as two marks).
fn opens_quote(text: &str, toks: &[Token], j: usize) -> bool {
    let x = w(text, toks, j);
    matches!(x, "\"" | "“" | "‘" | "«" | "``" | "''")
        || (x == "'"
            && toks.get(j + 1).is_some_and(|t| t.span.start == toks[j].span.end && &text[t.span.range()] == "'"))
}

/// Lemmas of plain speech cues, whose subject may stand before a long aside ("Park's campaign,
/// which …, said"); "confirmed the strength of …" and the like take objects too often.
const SPEECH_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "add",
    "argue",
    "warn",
    "insist",
    "claim",
    "announce",
    "note",
    "write",
    "explain",
    "acknowledge",
    "deny",
    "contend",
    "maintain",
    "stress",
];

/// The speaker phrase ending before the cue at `v`: skips auxiliaries and adverbs, a
/// parenthetical ("Sen. Jo Park (D-Ore.) said") and an apposition ("Park, a lawyer, said").
fn speaker_before(text: &str, toks: &[Token], v: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let lemma = models.cue_lemma(&w(text, toks, v).to_ascii_lowercase());
    let speech = lemma.is_some_and(|l| SPEECH_LEMMAS.contains(&l));
    let say = lemma == Some("say");
    // "A member who asked not to be named said": the phrase before an anonymity clause speaks,
    // with the clause.
    if let Some(r) = (v.saturating_sub(10)..v).find(|&r| attribution::anonymity_clause(text, toks, r) == Some(v)) {
        let o = clause_opening(text, toks, r, models);
        let head =
            np_forward(text, toks, o, models).filter(|x| x.2 == r).or_else(|| np_backward(text, toks, r, models));
        if let Some((sp, kind, a)) = head.filter(|x| x.1 != SpeakerKind::Pronoun) {
            let a = if a == r { o } else { a };
            return Some((Span::new(sp.start.min(toks[a].span.start), toks[v - 1].span.end), kind, a));
        }
    }
    // "the number of reported cases", "a revealed plan": after a determiner or "of" the cue's
    // form modifies a noun.
    if v > 0 && (DETERMINERS.contains(&w(text, toks, v - 1)) || w(text, toks, v - 1) == "of") {
        return None;
    }
    let mut s = v;
    let mut skipped = 0;
    let mut modal = false;
    while s > 0 && skipped < 4 {
        let x = w(text, toks, s - 1);
        let lx = x.to_ascii_lowercase();
        if between_word(&lx, say) || attribution::is_adverb(x) {
            // ("didn't mention", "doesn’t think": a negated auxiliary in one token is one too.)
            modal |= MODALS.contains(&lx.as_str()) || lx.ends_with("n't") || lx.ends_with("n’t");
            s -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    // "and most recently defended": "most" before a skipped adverb intensifies it.
    if s > 0 && s < v && w(text, toks, s - 1).eq_ignore_ascii_case("most") && w(text, toks, s).ends_with("ly") {
        s -= 1;
    }
    // "She's said", "they've argued", "he'd told": a subject pronoun written as one token with
    // its perfect auxiliary speaks; its span is the pronoun alone.
    if s > 0 {
        if let Some(p) = contracted_subject(text, toks, s - 1, &w(text, toks, v).to_ascii_lowercase(), models) {
            return Some((p, SpeakerKind::Pronoun, s - 1));
        }
    }
    if s > 0
        && matches!(
            w(text, toks, s - 1).to_ascii_lowercase().as_str(),
            "is" | "was" | "are" | "were" | "be" | "been" | "being"
        )
    {
        // "Lund was quoted as saying …": the passive's subject speaks.
        if w(text, toks, v) != "quoted" {
            return None; // passive: "was asked", "is known"
        }
        s -= 1;
        while s > 0
            && (between_word(&w(text, toks, s - 1).to_ascii_lowercase(), say)
                || attribution::is_adverb(w(text, toks, s - 1)))
        {
            s -= 1;
        }
    }
    // A time phrase between the subject and the cue: "Park on Saturday criticized …".
    // "Park, who in 2010 said": a year after "in" too, right after a relative pronoun.
    if s > 2
        && matches!(w(text, toks, s - 2), "on" | "in")
        && (is_time_word(w(text, toks, s - 1))
            || (s > 3
                && w(text, toks, s - 2) == "in"
                && crate::calendar::is_year(w(text, toks, s - 1))
                && matches!(w(text, toks, s - 3), "who" | "which")))
    {
        s -= 2;
    }
    // A longer time phrase after a word of the subject, with the adverbs around it ("Pell this
    // week also said", "Lind's friends have in the past said", "Reed on Thursday evening said").
    // ("Jo Park (R-Elm) earlier in the day touted": also after a closing parenthesis.)
    while let Some(t) = time_tail(text, toks, s)
        .filter(|&t| t > 0 && (toks[t - 1].kind == TokenKind::Word || w(text, toks, t - 1) == ")"))
    {
        s = t;
        while s > 0
            && (between_word(&w(text, toks, s - 1).to_ascii_lowercase(), say)
                || matches!(w(text, toks, s - 1), "however" | "earlier"))
        {
            s -= 1;
        }
    }
    // "A third of independents, 33 percent, say", "about two-thirds, 67 percent, say": a share
    // restated between commas.
    if s >= 4 && w(text, toks, s - 1) == "," {
        if let Some(p) = (s.saturating_sub(6)..s - 1).rev().find(|&k| w(text, toks, k) == ",") {
            if p > 0 && share_before(text, toks, s - 1).is_some_and(|x| x.2 == p + 1) {
                s = p;
            }
        }
    }
    // "Others, however, say": an adverb between commas.
    if s >= 4
        && w(text, toks, s - 1) == ","
        && w(text, toks, s - 3) == ","
        && matches!(w(text, toks, s - 2), "however" | "though" | "meanwhile" | "too" | "instead" | "likewise")
        && toks[s - 4].kind == TokenKind::Word
    {
        s -= 3;
    }
    // "Lund's campaign, for example, said": a two-word adverbial between commas.
    if s >= 5
        && w(text, toks, s - 1) == ","
        && w(text, toks, s - 4) == ","
        && matches!(
            (w(text, toks, s - 3), w(text, toks, s - 2)),
            ("for", "example" | "instance") | ("in", "turn" | "fact" | "particular" | "contrast") | ("of", "course")
        )
        && toks[s - 5].kind == TokenKind::Word
    {
        s -= 4;
    }
    // "Carter however said", "voters overall said", "60 percent of workers polled said" (but
    // "those polled said" is a survey subject of its own, below).
    while s >= 2
        && (matches!(w(text, toks, s - 1), "however" | "overall" | "earlier")
            || (matches!(w(text, toks, s - 1), "polled" | "surveyed")
                && !w(text, toks, s - 2).eq_ignore_ascii_case("those")))
        && toks[s - 2].kind == TokenKind::Word
    {
        s -= 1;
    }
    // "Dock workers in two towns — Elmton and Fairport — said": an aside between dashes; the
    // subject is the short plain phrase opening the clause before it, else the noun phrase
    // right before the first dash.
    if s > 3 && matches!(w(text, toks, s - 1), "—" | "–" | "--") {
        let dash = w(text, toks, s - 1);
        let open = (s.saturating_sub(14)..s - 2).rev().find(|&k| w(text, toks, k) == dash);
        if let Some(k) = open.filter(|&k| {
            k > 0
                && toks[k - 1].kind == TokenKind::Word
                && (k + 1..s - 1).all(|j| !matches!(w(text, toks, j), "." | ";" | ":" | "“" | "”" | "\""))
        }) {
            let a = clause_opening(text, toks, k, models);
            if let Some(subject) = plain_subject(text, toks, a, k, 8, false, models) {
                return Some(subject);
            }
            s = k;
        }
    }
    // "many of whom say …": a quantified relative pronoun (only with "say": "his family, most
    // of whom thought …" more often describes than reports).
    if s > 2
        && matches!(w(text, toks, v), "say" | "says" | "said")
        && w(text, toks, s - 1) == "whom"
        && w(text, toks, s - 2) == "of"
        && PARTITIVES.contains(&w(text, toks, s - 3).to_ascii_lowercase().as_str())
    {
        return Some((Span::new(toks[s - 3].span.start, toks[s - 1].span.end), SpeakerKind::Pronoun, s - 3));
    }
    // "Most of them said …": a quantified pronoun opening the clause, before a speech cue
    // ("All of them wanted to …" more often describes than reports).
    if s > 2
        && speech
        && matches!(w(text, toks, s - 1), "them" | "us" | "those" | "these")
        && w(text, toks, s - 2) == "of"
        && {
            let q = w(text, toks, s - 3).to_ascii_lowercase();
            PARTITIVES.contains(&q.as_str()) || matches!(q.as_str(), "three" | "each")
        }
        && (s == 3 || matches!(w(text, toks, s - 4), "," | ";" | "but" | "and" | "—" | "–"))
    {
        return Some((Span::new(toks[s - 3].span.start, toks[s - 1].span.end), SpeakerKind::Nominal, s - 3));
    }
    // "many said Monday that …", "Some say …", "all agreed …": a quantifier standing for its people.
    if s > 0 {
        let q = w(text, toks, s - 1).to_ascii_lowercase();
        let opens = s - 1 == 0 || matches!(w(text, toks, s - 2), "," | "but" | "and" | "while" | "But" | "And");
        if opens
            && matches!(
                q.as_str(),
                "many" | "some" | "most" | "others" | "several" | "few" | "both" | "another" | "all"
            )
        {
            return Some((toks[s - 1].span, SpeakerKind::Nominal, s - 1));
        }
    }
    // "Then someone asked how …", "everybody agrees that …": an indefinite pronoun speaks
    // (not after a modal: "someone should question …" wishes rather than reports).
    if s > 0
        && !modal
        && matches!(
            w(text, toks, s - 1),
            "someone" | "somebody" | "everyone" | "everybody" | "nobody" | "anyone" | "anybody"
        )
    {
        return Some((toks[s - 1].span, SpeakerKind::Nominal, s - 1));
    }
    // "Of the members, 43 said …", "at least 2,000 said", "all but two said": a count of people.
    if s > 0 && matches!(w(text, toks, v), "say" | "says" | "said") {
        if let Some(a) = count_before(text, toks, s) {
            return Some((Span::new(toks[a].span.start, toks[s - 1].span.end), SpeakerKind::Nominal, a));
        }
    }
    // A base form ("state", "call", "report") is a verb only after a modal or a plural subject.
    let word = w(text, toks, v).to_ascii_lowercase();
    let base = models.cue_lemma(&word) == Some(word.as_str());
    // "those surveyed say", "Nearly nine out of 10 say": survey subjects before a base form.
    if base && !modal {
        if let Some(those) = those_surveyed(text, toks, s) {
            return Some(those);
        }
        if let Some(share) = share_before(text, toks, s) {
            return Some(share);
        }
        // "26 percent of Democrats say": a share of a named group too.
        if let Some(share) = share_of(text, toks, s, models) {
            return Some(share);
        }
    }
    let np_before = if base && !modal {
        np_backward(text, toks, s, models).map(|np| group_of(text, toks, np, models))
    } else {
        None
    };
    if let Some(np) = np_before {
        let lw = text[np.0.range()].to_ascii_lowercase();
        // "Friends say", "Officials oppose …": a capitalised plural noun (a plural role too)
        // opening the sentence.
        let opening_plural =
            np.1 == SpeakerKind::Name && np.2 == clause_opening(text, toks, s, models) && np.0 == toks[np.2].span;
        let plural = matches!(lw.as_str(), "i" | "we" | "they" | "you")
            || ((np.1 == SpeakerKind::Nominal || opening_plural) && lw.ends_with('s') && !lw.ends_with("ss"))
            || (np.1 == SpeakerKind::Nominal && irregular_plural(&lw) && np.0.end == toks[s - 1].span.end);
        // "Voters in all five states say", "Officials in several states say": a plural after a
        // preposition (a quantifier or count between) ends the subject; the phrase before the
        // preposition heads it (twice at most: "Two-thirds of voters in all five states").
        let np = if plural && np.1 == SpeakerKind::Nominal { widen_over_phrases(text, toks, np, models) } else { np };
        if plural {
            return Some(np);
        }
        // "Jo Park and Ann Lee say", "Both Jo Park and Ann Lee say": two names.
        if np.1 == SpeakerKind::Name && np.2 > 0 && w(text, toks, np.2 - 1) == "and" {
            let mut o = clause_opening(text, toks, np.2 - 1, models);
            if o + 2 < np.2 && w(text, toks, o).eq_ignore_ascii_case("both") {
                o += 1;
            }
            if let Some((first, SpeakerKind::Name, e)) = np_forward(text, toks, o, models) {
                if e + 1 == np.2 {
                    return Some((Span::new(first.start, np.0.end), SpeakerKind::Name, o));
                }
            }
        }
    }
    // "Park, who said …", "business leaders who say …": the relative pronoun speaks (of the
    // base forms only "say": "those who support Park are …" is no report).
    // ("economists who argue that …": a "that" clause makes any base form a report.)
    let that_clause = v + 1 < toks.len() && w(text, toks, v + 1) == "that";
    if s > 0 && matches!(w(text, toks, s - 1), "who" | "which") && (!base || modal || word == "say" || that_clause) {
        return Some((toks[s - 1].span, SpeakerKind::Pronoun, s - 1));
    }
    if base && !modal {
        // "Aides to the governor say", "Critics of the plan, however, say": a plural subject,
        // before a verb that is never a noun ("Voters in the state appear …" has no cue).
        if !matches!(
            word.as_str(),
            "say"
                | "argue"
                | "insist"
                | "believe"
                | "think"
                | "contend"
                | "maintain"
                | "predict"
                | "warn"
                | "suggest"
                | "agree"
                | "acknowledge"
                | "admit"
                | "worry"
                | "complain"
                | "expect"
                | "feel"
                | "know"
                | "tell"
                | "add"
                | "allege"
                | "recall"
                | "explain"
                | "concede"
        ) {
            return None;
        }
        let plural_subject = |(sp, kind, _): &(Span, SpeakerKind, usize)| {
            let head = text[sp.range()].rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
            // (A plural role is plural too: "Officials expect …"; a short title is not: "Mrs".
            // Before "say" the whole plain clause below is tried instead.)
            let role = models.is_title(&head) && (head.len() <= 5 || word == "say");
            let plural = (head.ends_with('s') && !head.ends_with("ss") && head.len() > 3 && !role)
                || (irregular_plural(&head) && sp.end == toks[s - 1].span.end);
            plural && *kind != SpeakerKind::Pronoun
        };
        // "Local economists, like their colleagues abroad, say": a plural subject before an aside;
        // its head stands before any preposition ("Executives for Elmco, which …, say"), and a
        // plural role is plural ("Officials, who …, say").
        let plural_head = |(sp, kind, _): &(Span, SpeakerKind, usize)| {
            let phrase = &text[sp.range()];
            let head =
                phrase.split(' ').take_while(|x| !PREPOSITIONS.contains(x)).last().unwrap_or("").to_ascii_lowercase();
            ((head.ends_with('s') && !head.ends_with("ss") && head.len() > 3) || irregular_plural(&head))
                && *kind != SpeakerKind::Pronoun
        };
        if s > 1 && w(text, toks, s - 1) == "," {
            if let Some(subject) = subject_before_aside(text, toks, s - 1, models).filter(plural_head) {
                return Some(subject);
            }
        }
        let found = subject_before(text, toks, s, models).filter(plural_subject);
        if found.is_some() || word != "say" {
            return found;
        }
        // "Lund didn’t come out and say …": a second predicate's subject, not the words before it.
        if s > 1 && matches!(w(text, toks, s - 1), "and" | "but" | "or") {
            if let Some(subject) = second_predicate(text, toks, s, models) {
                return Some(subject);
            }
        }
        // "Majorities of voters in five states say …", "Jo Park and Ann Lee say …": the whole
        // clause before "say" is its subject when it is short and plain.
        let o = clause_opening(text, toks, s, models);
        let article = s == 0
            || matches!(
                w(text, toks, s - 1).to_ascii_lowercase().as_str(),
                "a" | "the"
                    | "to"
                    | "let's"
                    | "’d"
                    | "'d"
                    | "your"
                    | "no"
                    | "any"
                    | "final"
                    | "big"
                    | "more"
                    | "equal"
                    | "real"
                    | "strong"
                    | "greater"
            );
        return if article { None } else { plain_subject(text, toks, o, s, 14, true, models) };
    }
    if s > 1 && matches!(w(text, toks, s - 1), "and" | "but") && !base {
        if let Some(subject) = second_predicate(text, toks, s, models) {
            return Some(subject);
        }
    }
    // "Lund, who has called it “flawed,” portrayed …": the comma inside the closing mark of
    // a short quotation embedded after a word (not a direct quote's: "“…,” said Park").
    if s > 2 && matches!(w(text, toks, s - 1), "”" | "\"" | "''" | "’") && w(text, toks, s - 2) == "," {
        let open = (s.saturating_sub(10)..s - 2).rev().find(|&k| matches!(w(text, toks, k), "“" | "\"" | "''" | "‘"));
        if open.is_some_and(|o| o > 0 && toks[o - 1].kind == TokenKind::Word) {
            s -= 1;
        }
    }
    // "Sen. Jo Park (a retired ferry captain who has sat on the harbour board since it began)
    // says": a parenthesis after the subject, up to about twenty words.
    if s > 0 && w(text, toks, s - 1) == ")" {
        if let Some(p) = open_paren(text, toks, s - 1, 24) {
            s = p;
        }
    }
    if s > 1 && w(text, toks, s - 1) == "," {
        // Apposition: the name before the previous comma, up to 24 tokens back ("Tom Berg, the
        // owner of the line and host of the show “Dock Talk,” said").
        let lo = s.saturating_sub(24);
        if let Some(p) = (lo..s - 1).rev().find(|&k| w(text, toks, k) == ",") {
            // "On a late show, Sen. Jo Park (D-Elm.), who chairs the board, said": the name before a
            // short parenthesis.
            let named = if p > 2 && w(text, toks, p - 1) == ")" && matches!(w(text, toks, p + 1), "who" | "whose") {
                open_paren(text, toks, p - 1, 8).unwrap_or(p)
            } else {
                p
            };
            if let Some(np) = np_backward(text, toks, named, models) {
                if np.1 == SpeakerKind::Name {
                    // "Mr. Holt, whose start-up, Datafy, uses …, said": a name inside a relative
                    // clause is not the speaker; the subject before the clause is.
                    if speech {
                        if let Some(subject) = subject_before_aside(text, toks, s - 1, models)
                            .filter(|x| x.0.end < toks[np.2].span.start && relative_after(text, toks, x.0.end))
                        {
                            return Some(subject);
                        }
                    }
                    // "One pastor supporting Mr. Berg, Dan Lind of Elm Baptist Church, said": a name
                    // after a participle is its object; the name after the comma speaks.
                    if np.2 > 0 && {
                        let x = w(text, toks, np.2 - 1);
                        x.len() > 4
                            && (x.ends_with("ing") || x.ends_with("ed"))
                            && x.chars().all(|c| c.is_ascii_lowercase())
                    } {
                        if let Some((sp2, SpeakerKind::Name, e2)) = np_forward(text, toks, p + 1, models) {
                            let tail = (e2..s - 1).all(|k| {
                                attribution::is_cap(text, toks, k)
                                    || matches!(w(text, toks, k), "of" | "in" | "at" | "from")
                            });
                            let words = text[sp2.range()].split(' ').count();
                            if tail && words >= 2 && !text[sp2.range()].contains('-') {
                                return Some((sp2, SpeakerKind::Name, p + 1));
                            }
                        }
                    }
                    // "Officials in Elmton, N.Y., speaking on condition of anonymity, said": a
                    // state abbreviation after a town's comma belongs to the subject's modifier.
                    if speech && state_after_town(text, toks, np.2) && !text[np.0.range()].contains(' ') {
                        if let Some(subject) = subject_before_aside(text, toks, s - 1, models) {
                            return Some(subject);
                        }
                    }
                    // "Sen. Jo Park, facing a challenge in Elm, a swing state, said": a name after
                    // a preposition is inside a modifier; the name before the comma before it speaks.
                    let mut o = np.2;
                    if o > 0 && matches!(w(text, toks, o - 1), "the" | "a" | "an") {
                        o -= 1;
                    }
                    if o > 0 && PREPOSITIONS.contains(&w(text, toks, o - 1)) {
                        // ("Cory Berg, 22, of Elmton, Mich., said": past an age between commas.)
                        let name_at =
                            |k: usize| np_backward(text, toks, k, models).filter(|x| x.1 == SpeakerKind::Name);
                        let earlier =
                            (s.saturating_sub(32)..o - 1).rev().find(|&k| w(text, toks, k) == ",").and_then(|k| {
                                let age =
                                    k >= 2 && toks[k - 1].kind == TokenKind::Number && w(text, toks, k - 2) == ",";
                                name_at(k).or_else(|| age.then(|| name_at(k - 2)).flatten())
                            });
                        if earlier.is_some() {
                            return earlier;
                        }
                        if speech {
                            if let Some(subject) = subject_before_aside(text, toks, s - 1, models) {
                                return Some(subject);
                            }
                        }
                    }
                    return Some(np);
                }
            }
            // "One of the authors of the review, Tom Okafor, said": the name between the commas.
            // ("Her opponent, council member Ray Dunn, said": with a lowercase role before it.)
            if let Some(np) = np_backward(text, toks, s - 1, models) {
                let role = np.2 > p + 1
                    && np.2 - p - 1 <= 3
                    && (p + 1..np.2).all(|k| {
                        let x = w(text, toks, k);
                        plain_word(text, toks, k, models)
                            && x.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            && !x.ends_with("ing")
                            && !x.ends_with("ed")
                            && !PREPOSITIONS.contains(&x)
                            && !DETERMINERS.contains(&x)
                            && !matches!(x, "and" | "or" | "but" | "who" | "which" | "that")
                    })
                    // ("Several officials, among them Ray Dunn, said": an aside naming one of them.)
                    && !matches!(w(text, toks, p + 1), "among" | "including");
                if np.1 == SpeakerKind::Name && np.2 == p + 1 {
                    return Some(np);
                }
                if np.1 == SpeakerKind::Name && role {
                    return Some((Span::new(toks[p + 1].span.start, np.0.end), SpeakerKind::Name, p + 1));
                }
            }
            // "Park's office, when contacted by the Gazette, said": a circumstance between the
            // subject and the cue.
            if matches!(
                w(text, toks, p + 1),
                "when" | "in" | "asked" | "reached" | "contacted" | "speaking" | "through" | "via" | "after"
            ) {
                let o = clause_opening(text, toks, p, models);
                if let Some(subject) = plain_subject(text, toks, o, p, 6, false, models) {
                    return Some(subject);
                }
            }
        }
        if speech {
            if let Some(subject) = subject_before_aside(text, toks, s - 1, models) {
                return Some(subject);
            }
        }
        return subject_before(text, toks, s, models);
    }
    if let Some(share) = share_before(text, toks, s) {
        return Some(share);
    }
    if let Some(those) = those_surveyed(text, toks, s) {
        return Some(those);
    }
    let np = np_backward(text, toks, s, models);
    // "Officials in the U.S. said": a name right after a preposition (and its determiner)
    // is inside the subject's modifier; the subject is the phrase that opens the clause.
    if let Some((_, SpeakerKind::Name, mut o)) = np {
        if o > 0 && matches!(w(text, toks, o - 1), "the" | "a" | "an") {
            o -= 1;
        }
        // "shortly after Park said": after a word that also opens a clause, the name right
        // before the cue is that clause's subject.
        let opens_clause =
            o > 0 && SUBORDINATORS.contains(&w(text, toks, o - 1)) && np.is_some_and(|x| x.2 == o || x.2 == o + 1);
        if o > 0 && PREPOSITIONS.contains(&w(text, toks, o - 1)) && !opens_clause {
            if let Some(subject) = subject_before(text, toks, s, models) {
                return Some(subject);
            }
            // "Current and former officials who spoke with The Harbour Post said": the phrase
            // before a restrictive relative clause holding the name.
            let a = clause_opening(text, toks, o - 1, models);
            if let Some(r) = (a + 1..o - 1).find(|&k| w(text, toks, k) == "who") {
                if let Some(subject) = plain_subject(text, toks, a, r, 6, false, models) {
                    return Some(subject);
                }
            }
            // "Business owners on Quay Street said": a short plural phrase opening the clause.
            let plural = plain_subject(text, toks, a, o - 1, 3, false, models).filter(|(sp, _, _)| {
                let head = text[sp.range()].rsplit(' ').next().unwrap_or("");
                head.len() > 3
                    && head.ends_with('s')
                    && !head.ends_with("ss")
                    && !matches!(head, "weeks" | "years" | "months" | "days" | "hours" | "minutes" | "decades")
            });
            if plural.is_some() {
                return plural;
            }
        }
    }
    // "A spokesman for the company said", "The mayor of Elm's biggest town said": a nominal
    // right after a preposition is the object inside the subject's modifier; the phrase
    // opening the clause speaks.
    if let Some((_, SpeakerKind::Nominal, o)) = np {
        // "54 percent of voters said", "Fifty-four percent of voters said": a share of them.
        if o > 1 && w(text, toks, o - 1) == "of" {
            if let Some(share) = share_of(text, toks, s, models) {
                return Some(share);
            }
        }
        // ("Residents of the two towns said": a count's phrase leaves out its article.)
        let o = if o > 2 && matches!(w(text, toks, o - 1), "the" | "these" | "those") { o - 1 } else { o };
        if o > 1 && OBJECT_PREPOSITIONS.contains(&w(text, toks, o - 1)) {
            // The phrase runs on with no comma ("Some donors, targeted by a group called …" is
            // no subject with a modifier) and opens with no participle ("Based on …").
            let plain = |x: &(Span, SpeakerKind, usize)| {
                let first = w(text, toks, x.2);
                x.0.start < toks[o - 1].span.start
                    && (x.2..o).all(|k| w(text, toks, k) != ",")
                    && !first.ends_with("ed")
                    && !first.ends_with("ing")
            };
            if let Some(subject) = subject_before(text, toks, s, models).filter(plain) {
                return Some(subject);
            }
        }
    }
    // "Human rights groups warned", "…, and aid groups warned": a plural noun phrase with no
    // determiner takes up to two plain words before its head, back to the clause's edge.
    if let Some((sp, SpeakerKind::Nominal, o)) = np {
        let head = &text[sp.range()];
        let plain = |k: usize| {
            let x = w(text, toks, k);
            let lx = x.to_ascii_lowercase();
            toks[k].kind == TokenKind::Word
                && !DETERMINERS.contains(&lx.as_str())
                && !PREPOSITIONS.contains(&lx.as_str())
                && !FINITE.contains(&lx.as_str())
                && !matches!(
                    lx.as_str(),
                    "and" | "or" | "but" | "that" | "who" | "which" | "where" | "as" | "than" | "so" | "not"
                )
                && !SUBORDINATORS.contains(&lx.as_str())
                && !x.ends_with("ed")
                && !x.ends_with("ing")
                && !x.ends_with("ly")
                && !x.ends_with("'s")
                && !x.ends_with("’s")
                && cue_at(text, toks, k, models).is_none()
                && !x.bytes().all(|b| b.is_ascii_digit())
        };
        let edge = |k: usize| k == 0 || matches!(w(text, toks, k - 1), "," | "and" | "but" | ";" | "—" | "–");
        if head.ends_with('s') && !head.ends_with("ss") && !head.contains(' ') && o == s - 1 {
            let mut a = o;
            while a > 0 && o - a < 2 && plain(a - 1) {
                a -= 1;
            }
            if a < o && edge(a) {
                return Some((Span::new(toks[a].span.start, sp.end), SpeakerKind::Nominal, a));
            }
        }
    }
    // "Lind and others who want to close the pier said": a noun phrase that is the object of a
    // verb inside a restrictive "who" clause; the phrase before "who" speaks.
    if let Some((_, SpeakerKind::Nominal, o)) = np {
        let verb_before = o > 0
            && toks[o - 1].kind == TokenKind::Word
            && w(text, toks, o - 1).chars().all(|c| c.is_ascii_lowercase())
            && !PREPOSITIONS.contains(&w(text, toks, o - 1))
            && !matches!(w(text, toks, o - 1), "and" | "or" | "but" | "that" | "who" | "which" | "as" | "than");
        if verb_before {
            let a = clause_opening(text, toks, o - 1, models);
            let first = w(text, toks, a).to_ascii_lowercase();
            let adverbial = PREPOSITIONS.contains(&first.as_str()) || matches!(first.as_str(), "among" | "like");
            if let Some(r) = (a + 1..o - 1).find(|&k| w(text, toks, k) == "who").filter(|_| !adverbial) {
                if let Some(subject) = plain_subject(text, toks, a, r, 6, false, models) {
                    return Some(subject);
                }
            }
        }
    }
    // "The senator and former treasurer said": a determined phrase opening the clause, then
    // "and" and a short bare phrase of plain words right before the cue; both speak.
    if np.is_none_or(|x| x.1 == SpeakerKind::Nominal) {
        if let Some(both) = coordinated_nominals(text, toks, s, models) {
            return Some(both);
        }
    }
    np.or_else(|| subject_before(text, toks, s, models))
}

/// The subject "The senator and former treasurer" ending before token `s`: a noun phrase
/// with a determiner opening the clause, "and", then one to three plain lowercase words ("state"
/// may be one of them, though it is a cue), which an "of" and one word may close ("former
/// secretary of state").
fn coordinated_nominals(text: &str, toks: &[Token], s: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let o = clause_opening(text, toks, s, models);
    let (_, kind, e) = np_forward(text, toks, o, models)?;
    let opens_with_determiner = DETERMINERS.contains(&w(text, toks, o).to_ascii_lowercase().as_str());
    // "The mayor left and aides said": the phrase ran on over a verb.
    if kind != SpeakerKind::Nominal
        || !opens_with_determiner
        || e >= s
        || w(text, toks, e) != "and"
        || past_form(w(text, toks, e - 1))
    {
        return None;
    }
    // "former secretary of state": one "of" and the word after it, inside the phrase.
    let of_phrase = |k: usize| k > e + 1 && k + 2 == s && w(text, toks, k) == "of";
    let words = s - e - 1 - usize::from((e + 1..s).any(of_phrase)) * 2;
    let plain = (e + 1..s).all(|k| {
        let x = w(text, toks, k);
        toks[k].kind == TokenKind::Word
            && x.chars().all(|c| c.is_ascii_lowercase())
            && (!PREPOSITIONS.contains(&x) || of_phrase(k))
            && !FINITE.contains(&x)
            && !SUBORDINATORS.contains(&x)
            && !matches!(x, "and" | "or" | "but" | "that" | "who" | "which" | "not")
            && !x.ends_with("ly")
            && (x == "state" || cue_at(text, toks, k, models).is_none())
    });
    (plain && (1..=3).contains(&words) && e - o <= 4)
        .then(|| (Span::new(toks[o].span.start, toks[s - 1].span.end), SpeakerKind::Nominal, o))
}

/// The subject before an aside that runs up to the comma at `c` before a cue: "Park's
/// campaign, which has been shadowed for months by the dispute, said", "Officials familiar
/// with the server, speaking on condition of anonymity because …, said", "Local economists,
/// like their colleagues abroad, say". The aside opens with a relative pronoun, a circumstance
/// word or a comparison ("like", "unlike") after a comma at most 30 tokens back, with no
/// sentence punctuation or quotation mark inside; the subject is the plain phrase (up to 16
/// tokens, abbreviation points allowed) from the clause opening to that comma.
fn subject_before_aside(text: &str, toks: &[Token], c: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let p = (c.saturating_sub(30)..c)
        .rev()
        .take_while(|&k| !matches!(w(text, toks, k), "." | ";" | ":" | "?" | "!" | "\"" | "“" | "”" | "(" | ")"))
        .find(|&k| {
            w(text, toks, k) == ","
                && matches!(
                    w(text, toks, k + 1),
                    "who"
                        | "which"
                        | "whose"
                        | "when"
                        | "asked"
                        | "reached"
                        | "contacted"
                        | "speaking"
                        | "after"
                        | "like"
                        | "unlike"
                        | "including"
                        | "among"
                )
        })?;
    let mut o = clause_opening(text, toks, p, models);
    // ("Officials in Elmton, N.Y., speaking …": a town's state abbreviation opens no clause.)
    if state_after_town(text, toks, o) {
        o = clause_opening(text, toks, o - 1, models);
    }
    let plain = p > o
        && p - o <= 16
        && (o..p).all(|k| {
            let x = w(text, toks, k);
            (toks[k].kind == TokenKind::Word
                && cue_at(text, toks, k, models).is_none()
                && !FINITE.contains(&x.to_ascii_lowercase().as_str())
                && !matches!(x, "that" | "Why" | "why" | "How" | "What"))
                || matches!(x, "'s" | "’s")
                || (x == "."
                    && k > o
                    && toks[k].span.start == toks[k - 1].span.end
                    && attribution::is_cap(text, toks, k - 1))
                // ("Officials in Elmton, N.Y., speaking …": a town's state abbreviation.)
                || (x == "," && k > o && k + 1 < p && state_after_town(text, toks, k + 1))
        });
    if !plain {
        return None;
    }
    let kind = np_forward(text, toks, o, models).map_or(SpeakerKind::Nominal, |x| x.1);
    Some((Span::new(toks[o].span.start, toks[p - 1].span.end), kind, o))
}

/// A word that is neither a finite verb nor a cue: it can stand in a listener or a phrase
/// between a cue and its content ("asked the council about …", "said during the debate he …").
fn plain_word(text: &str, toks: &[Token], k: usize, models: &Models) -> bool {
    toks[k].kind == TokenKind::Word && !FINITE.contains(&w(text, toks, k)) && cue_at(text, toks, k, models).is_none()
}

/// True when the token after the one ending at byte `end` is a comma opening a relative clause
/// (", who", ", whose", ", which").
fn relative_after(text: &str, toks: &[Token], end: usize) -> bool {
    let k = toks.partition_point(|t| t.span.start < end);
    k + 1 < toks.len() && w(text, toks, k) == "," && matches!(w(text, toks, k + 1), "who" | "whose" | "which")
}

/// Nouns of saying that report a "that" clause after a possessive ("Park's claim that …").
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "argument",
    "suggestion",
    "insistence",
    "warning",
    "warnings",
    "statement",
    "contention",
    "promise",
    "pledge",
    "vow",
    "remark",
    "remarks",
    "comment",
    "comments",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charge",
    "prediction",
    "belief",
    "admission",
    "denial",
    "complaint",
    "threat",
    "boast",
    "declaration",
    "announcement",
];

/// The attribution of "<possessive> (<modifier>) <claim noun> that <clause>" with the claim
/// noun at `k` (the content starts at `k + 2`): "Park's claim that", "his recent assertion that".
fn claim_noun(text: &str, toks: &[Token], k: usize, models: &Models) -> Option<Attribution> {
    let n = toks.len();
    if k == 0 || k + 3 >= n || w(text, toks, k + 1) != "that" || !CLAIM_NOUNS.contains(&w(text, toks, k)) {
        return None;
    }
    let modifier = |i: usize| toks[i].kind == TokenKind::Word && w(text, toks, i).chars().all(char::is_lowercase);
    let p = if k >= 2 && modifier(k - 1) && !matches!(w(text, toks, k - 1), "his" | "her" | "their" | "its") {
        k - 2
    } else {
        k - 1
    };
    let x = w(text, toks, p);
    let (speaker, kind) = if matches!(x, "his" | "her" | "their" | "its" | "His" | "Her" | "Their" | "Its") {
        (toks[p].span, SpeakerKind::Pronoun)
    } else if matches!(x, "'s" | "’s") && p > 0 {
        let (sp, kind, _) = np_backward(text, toks, p, models)?;
        (sp, kind)
    } else if (x.ends_with("'s") || x.ends_with("’s")) && x.starts_with(char::is_uppercase) {
        let suffix = if x.ends_with("'s") { "'s".len() } else { "’s".len() };
        let t = toks[p].span;
        (Span::new(t.start, t.end - suffix), SpeakerKind::Name)
    } else {
        return None;
    };
    if kind == SpeakerKind::Nominal && !text[speaker.range()].starts_with(char::is_uppercase) {
        return None;
    }
    Some(Attribution { speaker, kind, cue: toks[k].span, end_tok: k + 1 })
}

/// Nouns besides [`CLAIM_NOUNS`] whose "that" clause reports a claim with no possessor
/// ("amid rumors that …", "played down the notion that …").
const BARE_CLAIMS: &[&str] = &[
    "notion",
    "rumor",
    "rumors",
    "rumours",
    "reports",
    "fears",
    "suggestions",
    "statements",
    "arguments",
    "charges",
    "promises",
    "threats",
    "predictions",
    "beliefs",
];

/// "<determiner or preposition> (<modifiers>) <claim noun> that <clause>" with no possessor,
/// the claim noun at `k`: the clause is a report ("amid allegations that the board …", "Lee
/// played down the suggestion that …"). The subject of a verb right before the noun phrase
/// speaks ("Lee"); with none, the report has no speaker (an empty span at the noun). Returns
/// the attribution and the noun phrase's first token. Not a relative clause ("statements that
/// turned out …"), an infinitive or gerund ("to pledge that", "by warning that"), a verb after
/// its subject ("the party leadership fears that") or a claim opening its clause ("The notion
/// that … was rejected": its clause runs into the main verb).
fn bare_claim(text: &str, toks: &[Token], k: usize, models: &Models) -> Option<(Attribution, usize)> {
    let n = toks.len();
    let x = w(text, toks, k);
    if k == 0 || k + 3 >= n || w(text, toks, k + 1) != "that" || !(CLAIM_NOUNS.contains(&x) || BARE_CLAIMS.contains(&x))
    {
        return None;
    }
    let next = w(text, toks, k + 2);
    let lower = next.starts_with(char::is_lowercase);
    if toks[k + 2].kind != TokenKind::Word && !matches!(next, "\"" | "“" | "'" | "‘")
        || lower && (FINITE.contains(&next) || next.ends_with("ed") || attribution::is_adverb(next) || next == "not")
    {
        return None;
    }
    // Back over up to four modifiers ("recent Harbour Board accusations") to the word opening
    // the noun phrase or the one before it.
    // A word standing right before a noun phrase ("amid rumors", "and allegations").
    let links = |y: &str| PREPOSITIONS.contains(&y) || matches!(y, "and" | "amid" | "despite");
    let mut p = k - 1;
    let mut mods = 0;
    while p > 0 && mods < 4 && toks[p].kind == TokenKind::Word {
        let y = w(text, toks, p).to_ascii_lowercase();
        if DETERMINERS.contains(&y.as_str()) || links(&y) {
            break;
        }
        p -= 1;
        mods += 1;
    }
    let y = w(text, toks, p).to_ascii_lowercase();
    let before_phrase = links(&y);
    if !(before_phrase || matches!(y.as_str(), "the" | "a" | "an" | "this" | "that" | "these" | "those" | "such")) {
        return None;
    }
    let verbal = matches!(x, "fears" | "claims" | "charges" | "reports" | "promises" | "statements");
    // "by warning that": a gerund after a preposition is the cue verb itself.
    let verb_form = y == "to" && !x.ends_with('s') || before_phrase && x.ends_with("ing");
    if verb_form && p + 1 == k || verbal && p + 1 < k || clause_opening(text, toks, p, models) >= p {
        return None;
    }
    let verb_like = |j: usize| {
        let z = w(text, toks, j);
        toks[j].kind == TokenKind::Word
            && z.chars().all(|c| c.is_ascii_lowercase())
            && !PREPOSITIONS.contains(&z)
            && (z.ends_with("ed") || z.ends_with('s') || matches!(z, "made" | "bought" | "took" | "floated" | "pushed"))
    };
    let verb = (p > 0 && !matches!(y.as_str(), "and" | "amid" | "despite" | "of"))
        .then(|| (p.saturating_sub(3)..p).rev().find(|&j| verb_like(j)))
        .flatten();
    let at = toks[k].span.start;
    let (speaker, kind) = verb
        .and_then(|j| speaker_before(text, toks, j, models))
        .map_or((Span::new(at, at), SpeakerKind::Nominal), |(sp, kind, _)| (sp, kind));
    Some((Attribution { speaker, kind, cue: toks[k].span, end_tok: k + 1 }, if before_phrase { p + 1 } else { p }))
}

/// The quotation whose closing mark follows the punctuation at `p` with nothing else between
/// ("… nothing,'' …"), if any.
fn closing_mark_after<'q>(text: &str, quoted: &'q [Span], p: Span) -> Option<&'q Span> {
    quoted.iter().find(|q| {
        q.start < p.start
            && q.end > p.start
            && text[p.end..q.end].chars().all(|ch| matches!(ch, '"' | '”' | '\'' | '’' | ' '))
    })
}

/// A plural noun phrase without a final "s" ("the women", "local people", "police").
fn irregular_plural(phrase: &str) -> bool {
    let head = phrase.rsplit(' ').next().unwrap_or("");
    head.ends_with("men") && head != "amen" || matches!(head, "people" | "children" | "police")
}

/// The people a survey asked, ending before token `s`: "those polled", "half of those
/// surveyed".
fn those_surveyed(text: &str, toks: &[Token], s: usize) -> Option<(Span, SpeakerKind, usize)> {
    if s > 1
        && w(text, toks, s - 2).eq_ignore_ascii_case("those")
        && matches!(w(text, toks, s - 1), "surveyed" | "polled" | "questioned" | "interviewed" | "responding")
    {
        let a = if s > 2 && w(text, toks, s - 3) == "of" {
            share_before(text, toks, s - 3).map_or(s - 2, |x| x.2)
        } else {
            s - 2
        };
        return Some((Span::new(toks[a].span.start, toks[s - 1].span.end), SpeakerKind::Nominal, a));
    }
    None
}

/// The speaker of a cue right after "and"/"but" that coordinates it with the sentence's
/// previous report ("A spokesman for the mayor defended the route and said …", "In a
/// statement, Gov. Jo Park blasted the council and said …"): that report's speaker, when it
/// stands before its cue and nothing but the first content lies between.
fn coordinated_speaker(
    text: &str,
    toks: &[Token],
    here: usize,
    last: Option<&Reported>,
) -> Option<(Span, SpeakerKind, usize)> {
    if here < 2 {
        return None;
    }
    let r = last?;
    let a = &r.attr;
    // "Lind slams Berg, praises Lund as …": in a headline's series of present-tense predicates a
    // comma joins them too.
    let present = |x: &str| x.len() > 3 && x.ends_with('s') && !x.ends_with("ss");
    let series = w(text, toks, here - 1) == ","
        && present(w(text, toks, here))
        && present(&text[a.cue.range()])
        && !text[a.cue.range()].contains(' ');
    if !(matches!(w(text, toks, here - 1), "and" | "but") || series) {
        return None;
    }
    if a.speaker.is_empty() || r.lead.is_some() || a.speaker.end > a.cue.start || a.cue.end > toks[here].span.start {
        return None;
    }
    // Only punctuation between the first content and the conjunction: "…, I laughed and said"
    // has a subject of its own.
    let from = toks.partition_point(|t| t.span.start < r.content.end);
    if (from..here - 1)
        .any(|k| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), ";" | ":" | "." | "?" | "!"))
    {
        return None;
    }
    Some((a.speaker, a.kind, toks.partition_point(|t| t.span.start < a.speaker.start)))
}

/// The speaker phrase `x` (span, kind, first token) widened to a coordinated subject: "Park and
/// Lee said …" (both speak), two nominals or a nominal and a name opening the sentence ("The
/// union and the company said …"), "Neither Park nor Lee would say …".
fn joint_subject(
    text: &str,
    toks: &[Token],
    (sp, kind, s): (Span, SpeakerKind, usize),
    models: &Models,
) -> (Span, SpeakerKind, usize) {
    if s >= 3 && w(text, toks, s - 1) == "nor" {
        let open = (s.saturating_sub(7)..s - 2).rev().find(|&k| {
            w(text, toks, k).eq_ignore_ascii_case("neither") && (k + 1..s - 1).all(|i| toks[i].kind == TokenKind::Word)
        });
        if let Some(o) = open {
            return (Span::new(toks[o].span.start, sp.end), kind, o);
        }
    }
    if s < 2 || w(text, toks, s - 1) != "and" {
        return (sp, kind, s);
    }
    match np_backward(text, toks, s - 1, models) {
        Some((sp0, kind0, s0))
            if kind0 == SpeakerKind::Name
                && kind != SpeakerKind::Nominal
                && (s0 == 0 || !matches!(w(text, toks, s0 - 1), "," | "of" | "for" | "between" | "and")) =>
        {
            (Span::new(sp0.start, sp.end), kind0, s0)
        }
        Some((sp0, kind0, s0))
            if kind != SpeakerKind::Pronoun
                && kind0 != SpeakerKind::Pronoun
                && s0 == 0
                && s - 1 - s0 <= 4
                && (kind == SpeakerKind::Name
                    || DETERMINERS.contains(&w(text, toks, s).to_ascii_lowercase().as_str())) =>
        {
            (Span::new(sp0.start, sp.end), kind, s0)
        }
        _ => (sp, kind, s),
    }
}

/// The subject of a second predicate ending before token `s` ("Park called it a mistake and
/// said …", "…, but says …"): the noun phrase opening the clause, when a verb follows it.
fn second_predicate(text: &str, toks: &[Token], s: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let o = clause_opening(text, toks, s - 1, models);
    // "The board hired Lund, who visited the pier and said …": the relative pronoun after a
    // comma is the subject of both its verbs (no comma or other clause mark after it).
    let relative = (o + 1..s - 1).rev().find(|&k| w(text, toks, k) == "who" && w(text, toks, k - 1) == ",");
    if let Some(k) = relative.filter(|&k| {
        (k + 1..s - 1).all(|i| !matches!(w(text, toks, i), "," | ";" | ":" | "—" | "–" | "--" | "“" | "”" | "\""))
    }) {
        return Some((toks[k].span, SpeakerKind::Pronoun, k));
    }
    // "When Park thanked Elm and said …, the crowd cheered", "…, and when Park thanked Elm and
    // said …": the subject of an opening subordinate clause still open at the cue. (Further in,
    // "The crowd cheered when Park thanked Elm and said …" and "Lind backed Park after he won
    // and said …" read either way, so the main clause's subject stays.)
    let sub = (o..s - 1)
        .rev()
        .find(|&k| SUBORDINATORS.iter().any(|x| w(text, toks, k).eq_ignore_ascii_case(x)))
        .filter(|&k| {
            (k == o || (k >= 2 && matches!(w(text, toks, k - 1), "and" | "but") && w(text, toks, k - 2) == ","))
                && (k + 1..s).all(|j| !matches!(w(text, toks, j), "," | ";" | ":" | "—" | "–" | "--"))
        });
    sub.and_then(|k| subject_with_verb(text, toks, k + 1, s, models))
        .or_else(|| subject_with_verb(text, toks, o, s, models))
}

/// The noun phrase at `o` as the subject of a predicate before token `s`, when a verb follows it.
fn subject_with_verb(
    text: &str,
    toks: &[Token],
    o: usize,
    s: usize,
    models: &Models,
) -> Option<(Span, SpeakerKind, usize)> {
    let Some((sp, kind, e)) = np_forward(text, toks, o, models) else {
        // ("One of the men, Jo Park, …": a phrase the noun-phrase reader does not take.)
        let comma = (o + 1..s.min(o + 7)).find(|&k| toks[k].kind != TokenKind::Word)?;
        return apposed_name(text, toks, comma, s, models);
    };
    // ("didn’t": an apostrophe inside a contracted auxiliary.)
    let verb_next = e + 1 < s
        && toks[e].kind == TokenKind::Word
        && w(text, toks, e).chars().all(|c| c.is_lowercase() || matches!(c, '’' | '\''))
        && !PREPOSITIONS.contains(&w(text, toks, e));
    if verb_next && kind != SpeakerKind::Nominal {
        return Some((sp, kind, o));
    }
    if kind != SpeakerKind::Name {
        if let Some(name) = apposed_name(text, toks, e, s, models) {
            return Some(name);
        }
    }
    // "Some members met Park and said": the phrase ran on to the conjunction over the verb;
    // the determiner and head noun are the subject.
    if kind == SpeakerKind::Nominal
        && e + 1 == s
        && e >= o + 3
        && (o..o + 3).all(|k| toks[k].kind == TokenKind::Word)
        && w(text, toks, o + 1).chars().all(char::is_lowercase)
        && w(text, toks, o + 2).chars().all(char::is_lowercase)
    {
        return Some((Span::new(toks[o].span.start, toks[o + 1].span.end), kind, o));
    }
    // "The board met, voted and said": the phrase ran on over the first of a list of verbs;
    // the words before that verb are the subject.
    if kind == SpeakerKind::Nominal && e < s && w(text, toks, e) == "," && e >= o + 3 {
        let last = w(text, toks, e - 1);
        if past_form(last) {
            return Some((Span::new(toks[o].span.start, toks[e - 2].span.end), kind, o));
        }
    }
    // A nominal subject is its determiner and head ("The inspector toured …"), after any
    // capitalised modifiers ("the Lund administration doesn’t …").
    let caps = (o + 1..e.min(o + 4)).take_while(|&k| attribution::is_cap(text, toks, k)).count();
    let h = if caps > 0
        && o + 1 + caps < e
        && toks[o + 1 + caps].kind == TokenKind::Word
        && w(text, toks, o + 1 + caps).chars().all(|c| c.is_ascii_lowercase())
    {
        o + 1 + caps
    } else {
        o + 1
    };
    (verb_next && e - o >= 2).then(|| (Span::new(toks[o].span.start, toks[h].span.end), kind, o))
}

/// "One of the men, Jo Park, 70, had served … and said": a name between commas after the
/// phrase ending at comma `e` (an age may follow it) is its apposition and the subject of a
/// predicate before token `s`, when a verb follows it.
fn apposed_name(text: &str, toks: &[Token], e: usize, s: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    if e + 1 >= s || w(text, toks, e) != "," {
        return None;
    }
    let (name, kind, ne) = np_forward(text, toks, e + 1, models)?;
    let age = ne + 2 < s && w(text, toks, ne + 1).bytes().all(|b| b.is_ascii_digit()) && w(text, toks, ne + 2) == ",";
    let k = if age { ne + 2 } else { ne };
    (kind == SpeakerKind::Name
        && k + 2 < s
        && w(text, toks, k) == ","
        && toks[k + 1].kind == TokenKind::Word
        && w(text, toks, k + 1).chars().all(|c| c.is_lowercase() || matches!(c, '’' | '\''))
        && !PREPOSITIONS.contains(&w(text, toks, k + 1)))
    .then_some((name, kind, e + 1))
}

/// Irregular past forms of common verbs of action ("met", "left"), which `finite_or_past`
/// does not know.
const IRREGULAR_PAST: &[&str] = &[
    "met", "went", "left", "held", "took", "made", "ran", "came", "spoke", "sat", "stood", "won", "lost", "gave",
    "rose", "fell", "got", "broke", "sent", "began",
];

/// A lowercase past form: "-ed" or an irregular one.
fn past_form(x: &str) -> bool {
    x.chars().all(|c| c.is_ascii_lowercase()) && (x.ends_with("ed") || IRREGULAR_PAST.contains(&x))
}

/// Nouns of what is said that "offered" reports ("offered no proof", "offered some pointed
/// advice").
const OFFERED_WORDS: &[&str] = &[
    "proof",
    "evidence",
    "advice",
    "insight",
    "insights",
    "condolences",
    "support",
    "praise",
    "criticism",
    "apology",
    "explanation",
    "details",
    "thoughts",
    "prayers",
    "assurances",
    "assurance",
    "comment",
    "comments",
    "remarks",
    "words",
    "view",
    "views",
    "opinion",
    "thanks",
    "defense",
    "defence",
    "endorsement",
    "rebuttal",
    "response",
    "reassurance",
    "glimpse",
    "hint",
    "clue",
    "vision",
    "argument",
    "assessment",
    "warning",
    "critique",
    "tribute",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "solution",
    "solutions",
    "alternative",
    "idea",
    "ideas",
    "suggestion",
    "suggestions",
    "message",
    "statement",
    "account",
    "version",
    "reason",
    "reasons",
    "example",
    "examples",
    "explanations",
    "specifics",
    "answer",
    "answers",
    "apologies",
    "congratulations",
    "pledge",
    "promise",
];

/// True when "know" at the token before `j` takes an acquaintance or a discourse use rather
/// than a content: "knew him for years", "has known Jo Park since 1990", "knew Ohio well",
/// "You know, …".
fn knows_object(text: &str, toks: &[Token], j: usize) -> bool {
    let x = w(text, toks, j);
    if matches!(x, "," | ":" | ")" | "him" | "her" | "them" | "me" | "us" | "well" | "instantly" | "little") {
        return true;
    }
    if !x.starts_with(char::is_uppercase) || x == "I" {
        return false;
    }
    let mut e = j + 1;
    while e < toks.len() && e < j + 6 && w(text, toks, e).starts_with(char::is_uppercase) {
        e += 1;
    }
    e < toks.len()
        && matches!(
            w(text, toks, e),
            "for" | "since" | "well" | "personally" | "," | "." | "and" | "from" | "as" | "in"
        )
}

/// True when the token at `k` may open a clause's subject: a subject pronoun, a determiner or
/// a capitalised word before a word ("told donors the campaign …", "told donors she …").
fn clause_subject_at(text: &str, toks: &[Token], k: usize) -> bool {
    let x = w(text, toks, k);
    k + 1 < toks.len()
        && toks[k + 1].kind == TokenKind::Word
        && (matches!(x, "he" | "she" | "they" | "it" | "we" | "i" | "I")
            || matches!(x, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our")
            || attribution::is_cap(text, toks, k))
}

/// Index of the first content token after a cue ending at `j` (listener objects and
/// "that" skipped), or None when nothing reportable follows.
fn content_start(text: &str, toks: &[Token], v: usize, mut j: usize, models: &Models, study: bool) -> Option<usize> {
    let n = toks.len();
    let lemma = models.cue_lemma(w(text, toks, v)).unwrap_or("");
    let phrase = j > v + 1; // "told reporters": the listener is part of the cue
    if attribution::manner_adverb(text, toks, j) {
        return None;
    }
    // "said in a statement released by her lawyer": a participle modifying the cue's noun;
    // the content follows a "that" after it ("… issued by her office that …"). After a cue
    // phrase, also before another preposition or a time word ("said in a statement posted on
    // its website", "told reporters gathered outside that …").
    let modifier = |x: &str| x == "by" || (phrase && (PREPOSITIONS.contains(&x) || is_time_word(x)));
    if j + 1 < n && modifier(w(text, toks, j + 1)) && past_form(w(text, toks, j)) {
        let that = (j + 2..n.min(j + 10))
            .take_while(|&k| toks[k].kind == TokenKind::Word)
            .find(|&k| w(text, toks, k) == "that")
            .filter(|&k| k + 1 < n && toks[k + 1].kind == TokenKind::Word);
        return that.map(|k| k + 1);
    }
    // "offered no proof", "offered her condolences": an offer reports words, not goods ("offered
    // free rides").
    if lemma == "offer" && !(j..n.min(j + 4)).any(|k| OFFERED_WORDS.contains(&w(text, toks, k))) {
        return None;
    }
    // "one PAC called Stop Now", "a book called “Yuge!”": after an indefinite noun, "called"
    // names it.
    if lemma == "call"
        && v >= 2
        && w(text, toks, v) == "called"
        && toks[v - 1].kind == TokenKind::Word
        && matches!(w(text, toks, v - 2).to_ascii_lowercase().as_str(), "a" | "an" | "another" | "one")
    {
        return None;
    }
    // "a sign reading “…”", "the letter reads: “…”": a text reads out only a quotation, and a
    // reader reads a sign as meaning that … ("said after reading the outline", "reads more like
    // a press release" report nothing).
    if lemma == "read"
        && !(j..n.min(j + 2)).any(|k| opens_quote(text, toks, k))
        && !(j..n.min(j + 9)).any(|k| w(text, toks, k) == "that")
    {
        return None;
    }
    if lemma == "know" && j < n && knows_object(text, toks, j) {
        return None;
    }
    // "did not respond to requests for comment", "did not return a message": a reply that never
    // came reports what went unanswered.
    if matches!(lemma, "respond" | "reply" | "return") {
        let from = if j < n && w(text, toks, j) == "to" { j + 1 } else { j };
        let request = (from..n.min(from + 5)).any(|k| {
            matches!(
                w(text, toks, k),
                "request"
                    | "requests"
                    | "message"
                    | "messages"
                    | "call"
                    | "calls"
                    | "email"
                    | "emails"
                    | "inquiry"
                    | "inquiries"
                    | "questions"
            )
        });
        let negated =
            (v.saturating_sub(3)..v).any(|k| matches!(w(text, toks, k), "not" | "didn't" | "didn’t" | "never"));
        if request && negated && (from > j || lemma == "return") {
            return Some(from);
        }
    }
    // "who asked not to be named", "declined to be identified", "declined to give her name": a
    // request for anonymity reports nothing.
    if j < n
        && matches!(lemma, "ask" | "request" | "decline" | "refuse")
        && attribution::anonymity_request(text, toks, j).is_some()
    {
        return None;
    }
    // "told supporters at a rally": a lowercase plural that is no common word may be a listener.
    let bare_plural = |k: usize| {
        let x = if k + 1 < n { w(text, toks, k) } else { "" };
        x.len() > 4 && x.ends_with('s') && x.chars().all(char::is_lowercase) && !models.is_common(x)
    };
    // "promised voters she would …", "promised voters that …": a bare plural listener before
    // a clause ("promised a veto", "promised voters a tax cut" keep their object).
    if lemma == "promise"
        && !phrase
        && bare_plural(j)
        && (w(text, toks, j + 1) == "that" || clause_subject_at(text, toks, j + 1))
        && !DETERMINERS.contains(&w(text, toks, j + 1))
    {
        j += if w(text, toks, j + 1) == "that" { 2 } else { 1 };
    }
    // ("warned that profits would miss forecasts": "that" opens the content, it is no
    // listener's determiner.)
    if !phrase
        && matches!(lemma, "tell" | "inform" | "assure" | "warn" | "remind" | "ask" | "urge" | "advise" | "email")
        && !(j < n && w(text, toks, j) == "that")
    {
        // "told 300 riders at the pier", "told 2,267 people gathered at …": a counted listener
        // reports only a "that" clause or a clause with a subject after it.
        if lemma == "tell" {
            if let Some(e) = counted_listener(text, toks, j) {
                if e + 1 < n && w(text, toks, e) == "that" {
                    return Some(e + 1);
                }
                if e < n && clause_subject_at(text, toks, e) {
                    return Some(e);
                }
                return None;
            }
        }
        // "told some of the miners": a share of a group is the listener too.
        let share = j + 2 < n && w(text, toks, j + 1) == "of" && PARTITIVES.contains(&w(text, toks, j));
        let from = if share { j + 2 } else { j };
        let pronoun = share && matches!(w(text, toks, from), "them" | "us" | "you");
        let listener = if pronoun { Some(from + 1) } else { np_forward(text, toks, from, models).map(|x| x.2) };
        // "told the court Marn had lied": a name after a determiner and a lowercase noun, before
        // a verb, opens the content.
        let listener = listener.map(|e| {
            let d = DETERMINERS.contains(&w(text, toks, from).to_ascii_lowercase().as_str());
            let cap = (from + 1..e).find(|&k| attribution::is_cap(text, toks, k));
            match cap {
                Some(c)
                    if d && c > from + 1
                        && (from + 1..c).all(|k| w(text, toks, k).chars().all(|ch| ch.is_ascii_lowercase()))
                        && e < n
                        && (FINITE.contains(&w(text, toks, e)) || past_form(w(text, toks, e))) =>
                {
                    c
                }
                _ => e,
            }
        });
        // ("warned profits would fall": a noun phrase before a finite verb is the content's
        // subject, not a listener.)
        let listener = listener.filter(|&e| pronoun || !(e < n && FINITE.contains(&w(text, toks, e))));
        if let Some(mut e) = listener {
            // "told The Gazette of Elm": a place after the listener's name.
            if e + 1 < n
                && w(text, toks, e) == "of"
                && w(text, toks, e - 1).starts_with(char::is_uppercase)
                && w(text, toks, e + 1).starts_with(char::is_uppercase)
            {
                e += 2;
                while e < n && toks[e].kind == TokenKind::Word && w(text, toks, e).starts_with(char::is_uppercase) {
                    e += 1;
                }
            }
            // "told CNN's Jo Park", "told a Senate panel Wednesday": nothing reported follows.
            while e < n && (is_time_word(w(text, toks, e)) || matches!(w(text, toks, e), "'s" | "’s")) {
                e += 1;
            }
            if e >= n || matches!(w(text, toks, e), "." | "?" | "!") {
                return None;
            }
            // "told The Post and Courier newspaper of Elm on Saturday that …": the rest of the
            // listener's phrase, plain words up to "that".
            if let Some(t) = (e..n.min(e + 8)).find(|&k| w(text, toks, k) == "that").filter(|&t| {
                t > e
                    // ("asked Park just that question": a demonstrative after "ask".)
                    && matches!(lemma, "tell" | "inform" | "assure" | "remind" | "warn")
                    && t + 1 < n
                    && toks[t + 1].kind == TokenKind::Word
                    && (e..t).all(|k| {
                        let x = w(text, toks, k);
                        (toks[k].kind == TokenKind::Word || matches!(x, "'s" | "’s"))
                            && !FINITE.contains(&x)
                            // ("warned Elm to refrain from actions that …": a relative "that".)
                            && !matches!(x, "to" | "which" | "who")
                            && cue_at(text, toks, k, models).is_none()
                    })
            }) {
                e = t;
            }
            // "told CNN’s “State of the Union” that …": a quoted programme title ends the
            // listener ("told CNN’s “State of the Union” on Sunday.": nothing reported follows).
            let owned_title = e > 0
                && (w(text, toks, e - 1).ends_with("'s") || w(text, toks, e - 1).ends_with("’s"))
                && opens_quote(text, toks, e);
            e = match title_then_that(text, toks, e) {
                Some(t) => t,
                None if owned_title => return None,
                None => e,
            };
            j = e;
        } else if let Some(t) = title_then_that(text, toks, j) {
            // "told “Harbour Morning Hour” that …": the programme is the listener.
            j = t;
        } else if j < n
            && toks[j].kind == TokenKind::Word
            && (matches!(w(text, toks, j), "reporters" | "him" | "her" | "them" | "us" | "me" | "you" | "voters")
                // "told supporters at a rally", "told supporters that …": a bare plural
                // listener before a preposition or "that".
                || (bare_plural(j)
                    && (PREPOSITIONS.contains(&w(text, toks, j + 1))
                        || w(text, toks, j + 1) == "that"
                        // "told donors the campaign was solvent", "warned investors it would
                        // miss": before the subject of a clause (not after "ask" or "urge":
                        // "asked questions the mayor …").
                        || (matches!(lemma, "tell" | "inform" | "assure" | "warn" | "remind")
                            && clause_subject_at(text, toks, j + 1)))))
        {
            j += 1;
        } else if j + 2 < n
            && matches!(lemma, "tell" | "inform" | "assure" | "warn" | "remind")
            && toks[j].kind == TokenKind::Word
            && w(text, toks, j).chars().all(|c| c.is_ascii_lowercase())
            && !models.is_common(w(text, toks, j))
            && models.cue_lemma(w(text, toks, j)).is_none()
            && bare_plural(j + 1)
            && (w(text, toks, j + 2) == "that" || clause_subject_at(text, toks, j + 2))
            // ("told dock workers a story": after a determiner, a verb must follow.)
            && (!DETERMINERS.contains(&w(text, toks, j + 2))
                || (j + 3..n.min(j + 7)).any(|k| FINITE.contains(&w(text, toks, k))))
        {
            // "told dock workers he would …": a two-word plural listener before the clause.
            j += if w(text, toks, j + 2) == "that" { 3 } else { 2 };
        } else if let Some(t) = (j + 1..n.min(j + 7)).find(|&k| w(text, toks, k) == "that").filter(|&t| {
            // "told parliament on Tuesday that …": a bare listener and a time or place phrase
            // before "that" ("urged people to seek shelter that way" has its infinitive first).
            t + 1 < n
                && toks[t + 1].kind == TokenKind::Word
                && w(text, toks, j).chars().all(char::is_lowercase)
                && (j..t).all(|k| plain_word(text, toks, k, models) && w(text, toks, k) != "to")
        }) {
            j = t;
        } else if let Some(t) = (j + 1..n.min(j + 6)).find(|&k| w(text, toks, k) == "to").filter(|&t| {
            // "warned state harbour officials to boost …": a plain listener phrase before "to".
            t + 1 < n
                && w(text, toks, t + 1).chars().all(char::is_lowercase)
                && (j..t).all(|k| toks[k].kind == TokenKind::Word && !FINITE.contains(&w(text, toks, k)))
        }) {
            j = t;
        }
        // "urges dockers in Elmton to “stand firm”", "asked the office of Mayor Lind to
        // stop": a prepositional phrase on the listener before the infinitive.
        if j + 2 < n && matches!(lemma, "ask" | "urge" | "warn" | "advise" | "remind" | "tell") {
            if let Some(t) = (j + 1..n.min(j + 7)).find(|&k| w(text, toks, k) == "to").filter(|&t| {
                matches!(w(text, toks, j), "in" | "of" | "from" | "at" | "across")
                    && t + 1 < n
                    && (w(text, toks, t + 1).chars().all(char::is_lowercase) || opens_quote(text, toks, t + 1))
                    && (j + 1..t).all(|k| {
                        toks[k].kind == TokenKind::Word
                            && !FINITE.contains(&w(text, toks, k))
                            && cue_at(text, toks, k, models).is_none()
                    })
            }) {
                j = t;
            }
        }
    }
    // "asked Park about the levy", "asked the council about …": after a short listener, what
    // was asked about.
    if lemma == "ask" && j < n {
        let about = (j..n.min(j + 5)).find(|&k| w(text, toks, k) == "about");
        if let Some(a) = about.filter(|&a| {
            a + 1 < n && toks[a + 1].kind == TokenKind::Word && (j..a).all(|k| plain_word(text, toks, k, models))
        }) {
            return Some(a + 1);
        }
    }
    // "expressed concern about the levy", "voiced support for Park": what the feeling is about;
    // "expressed alarm that …": the clause.
    if lemma == "express" && j < n {
        let prep = (j + 1..n.min(j + 5)).find(|&k| {
            matches!(w(text, toks, k), "about" | "over" | "at" | "for" | "with" | "toward" | "towards" | "that")
        });
        if let Some(a) = prep.filter(|&a| {
            a + 1 < n
                && toks[a + 1].kind == TokenKind::Word
                && (j..a).all(|k| {
                    toks[k].kind == TokenKind::Word
                        && w(text, toks, k).chars().all(char::is_lowercase)
                        && !FINITE.contains(&w(text, toks, k))
                })
        }) {
            return Some(if w(text, toks, a) == "that" { a } else { a + 1 });
        }
    }
    // "has said repeatedly that …", "said again they …": an adverb between the cue and "that"
    // or a subject pronoun is no part of the content ("called for immediately deducting …" keeps
    // its adverb).
    if j + 1 < n
        && (attribution::is_adverb(w(text, toks, j)) || w(text, toks, j) == "again")
        && (w(text, toks, j + 1) == "that" || subject_pronoun(w(text, toks, j + 1)))
    {
        j += 1;
    }
    // "said in a statement that", "said on Monday that": a short phrase before "that".
    let when = |x: &str| {
        matches!(
            x,
            "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "yesterday" | "today"
        )
    };
    if j + 1 < n && when(w(text, toks, j)) && matches!(w(text, toks, j + 1), "that" | "night" | "morning") {
        j += if w(text, toks, j + 1) == "that" { 1 } else { 2 };
    }
    // "conceded shortly before midnight.", "said soon after the vote that …": a time phrase
    // of "before" or "after" is no content; a "that" after it opens one.
    if j + 1 < n
        && matches!(w(text, toks, j), "shortly" | "soon" | "just" | "right" | "immediately" | "moments" | "minutes")
        && matches!(w(text, toks, j + 1), "before" | "after")
    {
        let that = (j + 2..n.min(j + 10))
            .take_while(|&k| toks[k].kind == TokenKind::Word)
            .find(|&k| w(text, toks, k) == "that");
        return that.filter(|&t| t + 1 < n && toks[t + 1].kind == TokenKind::Word).map(|t| t + 1);
    }
    // "said on Friday he …", "said last week the …": a two-word time phrase, then the content.
    if j + 2 < n
        && matches!(w(text, toks, j), "on" | "in" | "last" | "this" | "earlier" | "late")
        && is_time_word(w(text, toks, j + 1))
        && toks[j + 2].kind == TokenKind::Word
    {
        j += 2;
    }
    if j + 1 < n && w(text, toks, j) == "to" && TO_CONTENT.contains(&lemma) {
        // "pledged to “bring the revolution” …": a quoted verb phrase.
        let v = if opens_quote(text, toks, j + 1) { j + 2 } else { j + 1 };
        if v < n && toks[v].kind == TokenKind::Word {
            let next = w(text, toks, v);
            // "vowed to block …" (a verb follows), not "said to reporters" (a noun phrase follows).
            if next.chars().all(|c| c.is_lowercase()) && !matches!(next, "the" | "a" | "an" | "his" | "her" | "their") {
                return Some(j);
            }
        }
    }
    if j < n && is_quantity_start(text, toks, j) {
        return Some(j);
    }
    // "did not say when …", "declined to say when …": after a negated or declined cue, "when"
    // opens an indirect question ("said when asked …" is a circumstance).
    let negated = v > 0 && {
        let b = w(text, toks, v - 1).to_ascii_lowercase();
        matches!(b.as_str(), "not" | "never") || b.ends_with("n't") || b.ends_with("n’t")
    };
    let declined = v > 1
        && w(text, toks, v - 1) == "to"
        && matches!(models.cue_lemma(&w(text, toks, v - 2).to_ascii_lowercase()), Some("decline" | "refuse"));
    if j + 1 < n && w(text, toks, j) == "when" && (negated || declined) && toks[j + 1].kind == TokenKind::Word {
        return Some(j);
    }
    // "said this is a rough patch": a demonstrative before a finite verb is the content's subject.
    let demonstrative_subject = j + 1 < n && w(text, toks, j) == "this" && FINITE.contains(&w(text, toks, j + 1));
    if j < n
        && !demonstrative_subject
        && (PREPOSITIONS.contains(&w(text, toks, j)) || matches!(w(text, toks, j), "last" | "this" | "earlier"))
    {
        // "said on HBC, where he is a paid contributor, that …": a longer phrase closed by an
        // aside, then ", that".
        let aside = || {
            let open = |k: usize| !matches!(w(text, toks, k), "." | ";" | ":" | "?" | "!" | "“" | "”" | "\"");
            that_opening(text, toks, j + 10..n.min(j + 28), true, open).filter(|&k| {
                (j..k).all(|i| cue_at(text, toks, i, models).is_none())
                    && (j..k).any(|i| {
                        w(text, toks, i) == "," && matches!(w(text, toks, i + 1), "where" | "when" | "which" | "who")
                    })
            })
        };
        // "said during the debate he would …": a short phrase of plain words after a
        // preposition (not "of", "about", "with", "for" or "to", whose noun a relative clause
        // may follow: "said of the talk he had …"), then a subject pronoun opening the content.
        // "said for weeks he …", "said for the past year they …": a span of time after "for".
        let span_of_time = w(text, toks, j) == "for"
            && j + 2 < n
            && (matches!(w(text, toks, j + 1), "weeks" | "months" | "years" | "days" | "decades")
                || (matches!(w(text, toks, j + 1), "the" | "a")
                    && matches!(w(text, toks, j + 2), "past" | "last" | "first" | "second")));
        let phrase = span_of_time
            || (PREPOSITIONS.contains(&w(text, toks, j))
                && !matches!(w(text, toks, j), "of" | "about" | "with" | "for" | "to"));
        let plain = |i: usize| {
            let x = w(text, toks, i);
            plain_word(text, toks, i, models)
                && !matches!(x, "that" | "and" | "or" | "but" | "when" | "if" | "as" | "this" | "because")
                && (i == j || !SUBORDINATORS.contains(&x))
        };
        let pronoun =
            phrase.then(|| (j + 2..n.min(j + 8)).find(|&k| subject_pronoun(w(text, toks, k)))).flatten().filter(|&k| {
                k + 1 < n
                    && toks[k + 1].kind == TokenKind::Word
                    && !PREPOSITIONS.contains(&w(text, toks, k - 1))
                    && (j..k).all(plain)
            });
        if let Some(k) = pronoun {
            return Some(k);
        }
        // (A title's straight apostrophes are tokens of their own, so they widen the reach.)
        let apostrophes = (j..n.min(j + 10)).filter(|&k| matches!(w(text, toks, k), "'" | "''")).count();
        let t = (j..n.min(j + 10 + apostrophes)).find(|&k| w(text, toks, k) == "that").or_else(aside)?;
        // "told reporters after the meeting that was held on a boat": a relative pronoun (a verb
        // follows it), not the opening of a content.
        if t + 1 < n && FINITE.contains(&w(text, toks, t + 1)) {
            return None;
        }
        // "said on HBC’s “Harbour Tonight” that …": a title's marks may stand in the phrase, in
        // any style ("said on KBX's ''Dock Week'' that …").
        let marks_ok = |x: &str| matches!(x, "“" | "”" | "\"" | "''" | "'" | "‘" | "’" | "’s" | "'s");
        // "said in ‘08 that …": an apostrophe for a year's dropped digits.
        let year = |k: usize| super::marks::year_elision(text, toks[k].span.start);
        if !(j..t).all(|k| {
            toks[k].kind != TokenKind::Punctuation || w(text, toks, k) == "," || marks_ok(w(text, toks, k)) || year(k)
        }) {
            return None;
        }
        j = t;
    }
    if j < n
        && matches!(lemma, "ask" | "wonder" | "question" | "inquire")
        && matches!(w(text, toks, j), "if" | "whether" | "why" | "how" | "what" | "when" | "where" | "who")
    {
        return Some(j);
    }
    // "said if Park wins, he would …": a conditional content (its condition clause closed by a
    // comma, then the main clause).
    // After "said" the condition needs no comma ("said if elected he would …").
    let conditional = j < n
        && w(text, toks, j) == "if"
        && !matches!(lemma, "ask" | "wonder" | "question" | "inquire")
        && (lemma == "say"
            || (j + 2..n.min(j + 12))
                .find(|&k| toks[k].kind == TokenKind::Punctuation)
                .is_some_and(|k| w(text, toks, k) == "," && k + 1 < n && toks[k + 1].kind == TokenKind::Word));
    if j < n
        && !conditional
        && matches!(w(text, toks, j), "and" | "or" | "but" | "nor" | "than" | "so" | "as" | "if" | "because")
    {
        return None;
    }
    // "found that …", "continued that …", "maintained that …": without "that" these verbs
    // take objects ("found itself at the centre", "maintains a lead", "posted a photo").
    if matches!(lemma, "find" | "continue" | "maintain" | "post") && (j >= n || w(text, toks, j) != "that") && !study {
        return None;
    }
    // "assumed office", "assume the presidency": without "that" an office or a role.
    if lemma == "assume" && (j >= n || w(text, toks, j) != "that") {
        return None;
    }
    // "continues to insist, most recently in an interview with HBC, that …": an aside between
    // commas, then the content after "that".
    if j + 2 < n && w(text, toks, j) == "," && toks[j + 1].kind == TokenKind::Word {
        let inside = |k: usize| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), "," | "’s" | "'s");
        let that = that_opening(text, toks, j + 2..n.min(j + 20), true, inside).filter(|&t| {
            t + 1 < n
                && toks[t + 1].kind == TokenKind::Word
                && (j + 1..t).all(|k| cue_at(text, toks, k, models).is_none())
        });
        if let Some(t) = that {
            return Some(t + 1);
        }
    }
    // "said — on Twitter, as it happens — that …": an aside between dashes, then "that".
    if j + 3 < n && matches!(w(text, toks, j), "—" | "–" | "--") {
        let dash = w(text, toks, j);
        let close = (j + 2..n.min(j + 16)).find(|&k| w(text, toks, k) == dash).filter(|&k| {
            k + 2 < n
                && w(text, toks, k + 1) == "that"
                && toks[k + 2].kind == TokenKind::Word
                && (j + 1..k).all(|i| toks[i].kind == TokenKind::Word || w(text, toks, i) == ",")
        });
        if let Some(k) = close {
            return Some(k + 2);
        }
    }
    // "said only that …": the adverb stays out of the content.
    if j + 1 < n && matches!(w(text, toks, j), "only" | "merely" | "simply") && w(text, toks, j + 1) == "that" {
        j += 1;
    }
    // "rejected that argument in a ruling", "declined that assignment and left": after a cue
    // taking a noun-phrase object, "that" before a lone noun and a preposition, "and" or a
    // stop is a demonstrative; the content keeps it.
    let demonstrative = j + 1 < n
        && w(text, toks, j) == "that"
        && j == v + 1
        && (NOMINAL_OBJECT_CUES.contains(&lemma) || OTHER_OBJECT_CUES.contains(&lemma) || lemma == "reiterate")
        && toks[j + 1].kind == TokenKind::Word
        && w(text, toks, j + 1).chars().all(|c| c.is_ascii_lowercase())
        && !PREPOSITIONS.contains(&w(text, toks, j + 1))
        && (j + 2 >= n || {
            let y = w(text, toks, j + 2);
            PREPOSITIONS.contains(&y) || matches!(y, "and" | "as" | "." | "," | ";")
        });
    // "Voters feel that way", "Lund may feel that way himself": "that way" is how, no content
    // ("said that way of doing business was over": the content's subject, "that" kept).
    if j + 1 < n && w(text, toks, j) == "that" && w(text, toks, j + 1) == "way" {
        return (j + 2 < n && matches!(w(text, toks, j + 2), "of" | "to")).then_some(j);
    }
    // "Lund said that day was the best of his life", "said that plan failed": "that" before a
    // lone singular noun and a finite or past verb is a determiner; the content keeps it.
    if j + 2 < n
        && w(text, toks, j) == "that"
        && matches!(
            w(text, toks, j + 1),
            "day"
                | "night"
                | "week"
                | "month"
                | "year"
                | "time"
                | "moment"
                | "decision"
                | "plan"
                | "idea"
                | "deal"
                | "bill"
                | "claim"
                | "move"
                | "vote"
        )
        && (FINITE.contains(&w(text, toks, j + 2)) || past_form(w(text, toks, j + 2)))
    {
        return Some(j);
    }
    // "Park said that was wrong": "that" before a finite verb is the content's subject.
    if demonstrative || (j + 1 < n && w(text, toks, j) == "that" && FINITE.contains(&w(text, toks, j + 1))) {
        return Some(j);
    }
    if j < n && matches!(w(text, toks, j), "that" | "," | ":") {
        // "she said, sitting at the table": a circumstance, not a content.
        if w(text, toks, j) == "," && j + 1 < n {
            let next = w(text, toks, j + 1);
            let gerund = next.ends_with("ing") && next.chars().all(char::is_lowercase);
            // "Lund said, adding that …": a gerund cue before "that" reports for itself.
            let gerund_that =
                j + 2 < n && (matches!(w(text, toks, j + 2), "that" | ":") || opens_quote(text, toks, j + 2));
            // "Berg disagreed, saying the ruling …": a gerund of plain saying reports for itself,
            // whatever follows it.
            let saying = matches!(models.cue_lemma(next), Some("say" | "add" | "argue" | "insist" | "claim" | "warn"))
                && j + 2 < n
                && toks[j + 2].kind == TokenKind::Word
                && !PREPOSITIONS.contains(&w(text, toks, j + 2));
            // "Though it went smoothly, he said, replacing her would be harder": a gerund that
            // is the subject of a finite verb opens a content.
            let subject = models.cue_lemma(next).is_none()
                && (j + 2..n.min(j + 9))
                    .find(|&k| toks[k].kind != TokenKind::Word || FINITE.contains(&w(text, toks, k)))
                    .is_some_and(|k| {
                        FINITE.contains(&w(text, toks, k))
                            && (j + 2..k).all(|i| !matches!(w(text, toks, i), "that" | "which" | "who" | "to"))
                    });
            if gerund && !subject && (gerund_that || saying || models.cue_lemma(next).is_none())
                || matches!(next, "with" | "as" | "while")
            {
                return None;
            }
            // "Cost estimates, he added, were …", "Contrary to Park's claims, officials say …":
            // an attribution after the comma has its own cue, so a cue that may be a plural
            // noun is one ("Later, she said, her boss told her …" still reports).
            let plural = {
                let x = w(text, toks, v);
                x.ends_with('s') && x != "says"
            };
            if plural
                && np_forward(text, toks, j + 1, models)
                    .is_some_and(|(_, _, e)| cue_at(text, toks, e, models).is_some())
            {
                return None;
            }
            // "said, in another jab at the mayor": a circumstance unless "that" follows.
            if PREPOSITIONS.contains(&next) && !(j + 2..n.min(j + 12)).any(|k| w(text, toks, k) == "that") {
                return None;
            }
        }
        j += 1;
    }
    // "As Park noted, that is a waste": after a comma, "that" before a finite verb is the
    // content's subject.
    let subject_that = j > 0 && w(text, toks, j - 1) == "," && j + 1 < n && FINITE.contains(&w(text, toks, j + 1));
    if j < n && w(text, toks, j) == "that" && !subject_that {
        j += 1;
    }
    // "she said several months after her release": a time phrase, no content.
    if j + 2 < n
        && matches!(w(text, toks, j), "several" | "two" | "three" | "four" | "five" | "many" | "a" | "some")
        && matches!(w(text, toks, j + 1), "months" | "weeks" | "days" | "years" | "hours" | "minutes" | "decades")
        && matches!(w(text, toks, j + 2), "after" | "ago" | "later" | "before" | "earlier")
    {
        return None;
    }
    // "asserted that, taxes aside, the city …", "said that, during the period when Park
    // was mayor, Lee …": an aside between commas opens the content.
    if j + 2 < n
        && j > 0
        && w(text, toks, j - 1) == "that"
        && w(text, toks, j) == ","
        && (j + 2..n.min(j + 14))
            .find(|&k| toks[k].kind == TokenKind::Punctuation)
            .is_some_and(|k| w(text, toks, k) == ",")
    {
        j += 1;
    }
    if j >= n || (toks[j].kind == TokenKind::Punctuation && !opens_quote(text, toks, j)) {
        return None;
    }
    // "called Friday for a recount": the date stands between the cue and its complement.
    if lemma == "call" && j + 2 < n && crate::calendar::is_date_word(w(text, toks, j)) && w(text, toks, j + 1) == "for"
    {
        return Some(j + 1);
    }
    // "told reporters Friday at a rally", "said Dec. 6 on television", "said Friday as he
    // left": a date and a circumstance, nothing reported.
    if crate::calendar::is_date_word(w(text, toks, j))
        && (j + 1 >= n
            || PREPOSITIONS.contains(&w(text, toks, j + 1))
            || toks[j + 1].kind != TokenKind::Word
            || matches!(w(text, toks, j + 1), "night" | "morning" | "afternoon" | "evening")
            || w(text, toks, j + 1) == "as")
    {
        // "said Sunday on HBC that …": the date and a short phrase, then the content.
        let inside =
            |k: usize| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), "’s" | "'s" | "“" | "”" | "\"");
        let that = that_opening(text, toks, j + 1..n.min(j + 10), false, inside)
            .filter(|&t| t + 1 < n && toks[t + 1].kind == TokenKind::Word);
        if let Some(t) = that {
            return Some(t + 1);
        }
        return None;
    }
    // "revealed Tuesday the test was …": a day before the content's subject.
    if j + 2 < n
        && crate::calendar::is_weekday(w(text, toks, j))
        && (matches!(w(text, toks, j + 1), "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we")
            || w(text, toks, j + 1).starts_with(char::is_uppercase))
    {
        j += 1;
    }
    Some(j)
}

/// The first "that" in `range` that may open a content: the tokens before it pass `inside`,
/// with `comma` it follows a comma closing an aside ("…, where he is a contributor, that"),
/// and no finite verb follows it ("that was held …" is a relative pronoun).
fn that_opening(
    text: &str,
    toks: &[Token],
    range: std::ops::Range<usize>,
    comma: bool,
    inside: impl Fn(usize) -> bool,
) -> Option<usize> {
    range
        .take_while(|&k| inside(k))
        .find(|&k| w(text, toks, k) == "that" && (!comma || w(text, toks, k - 1) == ","))
        .filter(|&t| t + 1 >= toks.len() || !FINITE.contains(&w(text, toks, t + 1)))
}

/// True when token `k` ends a reported content: ", which …", ", but …", ", and he …",
/// "… but noted …".
fn clause_cut(text: &str, toks: &[Token], k: usize, models: &Models) -> bool {
    let a = w(text, toks, k);
    let b = w(text, toks, k + 1);
    let n = toks.len();
    if a == "," {
        // "whether the pier, which was built in 1920, has been inspected …": a relative
        // clause between commas inside the content's subject, before its verb; so is a
        // "with" phrase ("said the strikes, with their pickets, had been peaceful").
        if matches!(b, "which" | "who" | "with") {
            let close = (k + 3..n.min(k + 16))
                .take_while(|&i| !matches!(w(text, toks, i), "." | ";" | ":" | "“" | "”" | "\"" | "—" | "–"))
                .find(|&i| w(text, toks, i) == ",");
            if close.is_some_and(|c| {
                c + 1 < n && {
                    let v = w(text, toks, c + 1);
                    v.chars().all(|ch| ch.is_ascii_lowercase())
                        && (matches!(v, "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will" | "would")
                            || (v.len() > 4 && v.ends_with("ed") && past_form(v)))
                }
            }) {
                return false;
            }
        }
        if CLAUSE_CUTS.contains(&b) || b == "but" {
            // ", but that …": a second complement of the same cue; ", but by its workers",
            // ", but also …": the same clause goes on.
            // (", but in a court filing wrote …": not before a verb of its own.)
            let own_verb = || {
                (k + 3..n.min(k + 10))
                    .take_while(|&i| toks[i].kind == TokenKind::Word)
                    .any(|i| models.cue_lemma(w(text, toks, i)).is_some() || FINITE.contains(&w(text, toks, i)))
            };
            return !(b == "but"
                && k + 2 < n
                && (w(text, toks, k + 2) == "that"
                    || (matches!(
                        w(text, toks, k + 2),
                        "by" | "in" | "at" | "for" | "with" | "to" | "from" | "on" | "also" | "not" | "rather"
                    ) && !own_verb())));
        }
        if b == "and" && k + 2 < toks.len() {
            let c = w(text, toks, k + 2);
            // ", and pushed …", ", and has championed …": a second predicate of the speaker.
            let predicate = c.chars().all(char::is_lowercase)
                && ((c.len() > 4 && c.ends_with("ed")) || matches!(c, "has" | "have" | "had"));
            // ", and Republicans want …": a new clause with a subject of one or two capitalised
            // words and its verb.
            let subject_clause = c.starts_with(char::is_uppercase) && {
                let verb = |i: usize| {
                    i < toks.len() && {
                        let d = w(text, toks, i);
                        d.chars().all(|ch| ch.is_ascii_lowercase())
                            && (FINITE.contains(&d) || past_form(d) || models.cue_lemma(d).is_some())
                    }
                };
                verb(k + 3)
                    || (k + 3 < toks.len() && w(text, toks, k + 3).starts_with(char::is_uppercase) && verb(k + 4))
            };
            // ", and the coal miners' union also stepped in": a determiner, up to three words, an
            // optional adverb and a past verb.
            let determined_clause = matches!(c, "the" | "a" | "an" | "his" | "her" | "their" | "its") && {
                let plain = |m: usize| {
                    let x = w(text, toks, m);
                    (toks[m].kind == TokenKind::Word
                        && !FINITE.contains(&x)
                        && !past_form(x)
                        && !x.ends_with("n't")
                        && !x.ends_with("n’t")
                        && !matches!(x, "who" | "which" | "that" | "where" | "when"))
                        || matches!(x, "'s" | "’s" | "'" | "’")
                };
                (k + 4..n.min(k + 10)).find(|&i| !plain(i)).is_some_and(|i| {
                    let d = w(text, toks, i);
                    (d.len() > 3 && d.ends_with("ed") && d.chars().all(|ch| ch.is_ascii_lowercase()))
                        // ", and the cut is drawing complaints …": or a finite verb.
                        || FINITE.contains(&d)
                })
            };
            return matches!(c, "he" | "she" | "they" | "I" | "we" | "it")
                || models.cue_lemma(c).is_some()
                || predicate
                || subject_clause
                || determined_clause;
        }
        return false;
    }
    // "said a man was arrested at the scene and charged with assault": a participle after a
    // passive one goes on with it.
    let passive = || {
        a == "and"
            && past_form(b)
            && (k.saturating_sub(8)..k).any(|i| {
                matches!(w(text, toks, i), "was" | "were" | "been" | "be" | "is" | "are")
                    && i + 1 < k
                    && past_form(w(text, toks, i + 1))
                    && (i + 1..k).all(|m| !matches!(w(text, toks, m), "," | "and" | "but" | ";"))
            })
    };
    matches!(a, "but" | "and" | ";")
        && toks[k + 1].kind == TokenKind::Word
        && !b.ends_with("ing")
        && b.chars().next().is_some_and(char::is_lowercase)
        && models.cue_lemma(b).is_some_and(|l| l != b && (!THAT_ONLY.contains(&l) || that_follows(text, toks, k + 1)))
        && !passive()
}

/// Cues that report only a "that" clause ("recognized that …", "learned Tuesday that …"):
/// "recognized the new state", "learned a lesson", "who requested anonymity" and "who advises
/// the governor" report nothing.
const THAT_ONLY: &[&str] = &["recognize", "recognise", "learn", "discover", "advise", "request"];

/// True when "that" opens a clause after the cue at token `v`, past one adverb or time word
/// ("learned Tuesday that …"); not a demonstrative before a preposition ("learned that in
/// 1990").
fn that_follows(text: &str, toks: &[Token], v: usize) -> bool {
    let n = toks.len();
    let mut k = v + 1;
    if k < n && (attribution::is_adverb(w(text, toks, k)) || is_time_word(w(text, toks, k))) {
        k += 1;
    }
    k + 1 < n && w(text, toks, k) == "that" && !PREPOSITIONS.contains(&w(text, toks, k + 1))
}

/// Words after a later comma that do not make it a verb's comma (see [`closing_apposition`]).
const NOT_A_VERB: &[&str] = &[
    "the",
    "a",
    "an",
    "who",
    "which",
    "that",
    "whose",
    "including",
    "with",
    "in",
    "of",
    "for",
    "on",
    "at",
    "to",
    "from",
    "as",
    "where",
    "when",
];

/// The end of a list that a noun-phrase object opens, its first comma at `k` ("questioned
/// Park's tactics, his judgment and his worldview", "called him a kind, loving and honest
/// man", "supported Lee, R-Elm, and Dunn"): items of plain words up to a final "and" or "or"
/// whose item holds no verb (but for a relative clause after it, with no named subject:
/// "cited problems in the port, the ferry and elsewhere that he blamed on …"), ending at the
/// next comma, dash, semicolon or `end`. None when a
/// comma opens anything else (an apposition, a relative clause, a clause, an aside: "criticized
/// Park, instead restating …"); an item opens with a gerund only when the object, at `j`, does
/// ("supported ending caucuses, limiting …").
fn object_list_end(text: &str, toks: &[Token], j: usize, k: usize, end: usize, models: &Models) -> Option<usize> {
    let stop = |x: &str| {
        finite_or_past(x)
            || SUBORDINATORS.contains(&x)
            || matches!(
                x,
                "who"
                    | "whom"
                    | "whose"
                    | "which"
                    | "that"
                    | "where"
                    | "but"
                    | "so"
                    | "then"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "i"
                    | "you"
                    | "there"
                    | "including"
                    | "according"
                    | "however"
                    | "instead"
                    | "also"
            )
            || models.cue_lemma(x).is_some()
    };
    let gerund = |x: &str| {
        x.len() > 5 && x.ends_with("ing") && x.chars().all(|c| c.is_ascii_lowercase()) && !matches!(x, "during")
    };
    let bounded = |m: usize| matches!(w(text, toks, m), "," | "—" | "–" | "--" | ";" | "(" | ":" | "\"" | "“" | "”");
    let mut m = k + 1;
    let mut item = 0;
    while m < end && m <= k + 30 {
        let x = w(text, toks, m);
        if matches!(x, "and" | "or") {
            // The final item: plain words to the next comma or the content's end.
            let first = if m + 1 < end { w(text, toks, m + 1) } else { "" };
            // "endorsed Park, and Lee …": a list has an item between its commas.
            if m == k + 1 {
                return None;
            }
            if first.is_empty()
                || stop(first)
                || opens_second_predicate(first, if m + 2 < end { w(text, toks, m + 2) } else { "" })
            {
                return None;
            }
            let last = (m + 1..end).find(|&e| bounded(e)).unwrap_or(end);
            // "cited problems in the port, the ferry and elsewhere that he blamed on …": a
            // relative clause after the last item qualifies the whole list (not one with a
            // named subject of its own, which may hold a report: "… who U.S. officials say is …").
            let relative = (m + 2..last).find(|&e| stop(w(text, toks, e))).filter(|&e| {
                matches!(w(text, toks, e), "that" | "which" | "who")
                    && e + 1 < last
                    && w(text, toks, e + 1).starts_with(|c: char| c.is_ascii_lowercase())
            });
            let plain_end = relative.unwrap_or(last);
            if last == m + 1 || plain_end - m > 16 || (m + 1..plain_end).any(|e| stop(w(text, toks, e))) {
                return None;
            }
            return Some(last);
        }
        if x == "," {
            if item == 0 {
                return None;
            }
            item = 0;
        } else if bounded(m)
            || stop(x)
            // "…, too, …": an adverb between commas.
            || (x == "too" && m + 1 < end && matches!(w(text, toks, m + 1), "," | "."))
            || (item == 0
                && (attribution::is_adverb(x)
                    // "criticized Park, restating …" (but "a kind, loving and honest man").
                    || (gerund(x)
                        && !gerund(w(text, toks, j))
                        && !(m + 1 < end && matches!(w(text, toks, m + 1), "," | "and" | "or")))))
        {
            return None;
        } else {
            item += 1;
        }
        m += 1;
    }
    None
}

/// True when the comma at `k` is inside a date ("the Sept. 11, 2001, attacks"): between a day
/// and its year, or after that year before a lowercase word that goes on the noun phrase.
fn date_comma(text: &str, toks: &[Token], k: usize) -> bool {
    let number = |i: usize, len: std::ops::RangeInclusive<usize>| {
        toks.get(i).is_some_and(|t| t.kind == TokenKind::Number && len.contains(&t.span.len()))
    };
    if k == 0 || w(text, toks, k) != "," {
        return false;
    }
    let year = |i: usize| toks.get(i).is_some_and(|t| crate::calendar::is_year(&text[t.span.range()]));
    if number(k - 1, 1..=2) && year(k + 1) {
        return true;
    }
    k >= 3
        && year(k - 1)
        && w(text, toks, k - 2) == ","
        && number(k - 3, 1..=2)
        && toks.get(k + 1).is_some_and(|t| {
            let x = &text[t.span.range()];
            t.kind == TokenKind::Word
                && x.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !finite_or_past(x)
                && !NOT_A_VERB.contains(&x)
                && !SUBORDINATORS.contains(&x)
                && !x.ends_with("ing")
                && !x.ends_with("ly")
                && !matches!(x, "and" | "or" | "but" | "he" | "she" | "it" | "they" | "we" | "i" | "you")
        })
}

/// A finite auxiliary, "do" or a past form ("was", "did", "declined").
fn finite_or_past(x: &str) -> bool {
    FINITE.contains(&x) || matches!(x, "did" | "does" | "do") || (x.len() > 4 && x.ends_with("ed"))
}

/// True when the comma at `k` opens a closing apposition that ends a content: ", a/an/the …"
/// to the sentence's end, at most 40 tokens on ("…, a plan the firm has since modified"), unless
/// the sentence goes on past a later comma with a verb ("the ferry, the oldest in the fleet,
/// would close"), the apposition holds a list ("Israel, the levy and the pier") or a verb
/// follows its first words (a clause: "that, taxes aside, the city did …").
fn closing_apposition(text: &str, toks: &[Token], k: usize) -> bool {
    let n = toks.len();
    if k + 2 >= n || n - k > 40 || w(text, toks, k) != "," || !matches!(w(text, toks, k + 1), "a" | "an" | "the") {
        return false;
    }
    let verb = |i: usize| finite_or_past(w(text, toks, i));
    // "that, taxes aside, the city did …": a clause's subject, not an apposition.
    if (k + 3..n.min(k + 5)).any(verb) {
        return false;
    }
    !(k + 2..n).any(|j| match w(text, toks, j) {
        "and" | "or" => true,
        "," => {
            (j + 1..n.min(j + 3)).any(verb)
                || (j + 1 < n && {
                    let x = w(text, toks, j + 1);
                    toks[j + 1].kind == TokenKind::Word && x.starts_with(char::is_lowercase) && !NOT_A_VERB.contains(&x)
                })
        }
        _ => false,
    })
}

fn confidence(text: &str, toks: &[Token], v: usize, kind: SpeakerKind, models: &Models) -> f32 {
    let lemma = models.cue_lemma(w(text, toks, v)).unwrap_or("according");
    let base = if SPEECH.contains(&lemma) { 0.6 } else { 0.5 };
    if kind == SpeakerKind::Nominal {
        base - 0.1
    } else {
        base
    }
}

/// Reported contents of one sentence. `quoted` are the spans (marks included) of every
/// paired quotation; `blocked` those of attributed direct quotes.
pub fn find(
    text: &str,
    toks: &[Token],
    clause_end: usize,
    models: &Models,
    quoted: &[Span],
    blocked: &[Span],
) -> Vec<Reported> {
    let n = toks.len();
    let mut out: Vec<Reported> = Vec::new();
    if n < 4 {
        return out;
    }
    // cuts[i]: the first content end (", <gerund cue>", ", which", …) at or after token i
    // (n when none), outside quotes.
    let mut cuts = vec![n; n + 1];
    let mut qb = quoted.len();
    for k in (0..n).rev() {
        cuts[k] = cuts[k + 1];
        let pos = toks[k].span.start;
        while qb > 0 && quoted[qb - 1].start > pos {
            qb -= 1;
        }
        let quoted_here = qb > 0 && quoted[qb - 1].end > pos;
        let comma = w(text, toks, k) == ",";
        let gerund = |i: usize| {
            i < n
                && w(text, toks, i).ends_with("ing")
                && models.cue_lemma(w(text, toks, i)).is_some_and(|l| SPEECH.contains(&l) || GERUNDS.contains(&l))
        };
        let gerund_cut = comma && gerund(k + 1);
        // "said Crutcher had his hands up, contradicting the earlier claim": a participle
        // clause after the content is the writer's.
        // ("…, quietly staking his own job on it": an adverb may come first.)
        let adv = usize::from(
            comma
                && k + 3 < n
                && w(text, toks, k + 1).ends_with("ly")
                && attribution::is_adverb(w(text, toks, k + 1))
                // ("…, possibly handing …": a hedge keeps the clause in the speaker's words.)
                && !matches!(w(text, toks, k + 1), "possibly" | "probably" | "potentially" | "likely" | "eventually"),
        );
        let participle_cut = comma && k + 2 + adv < n && {
            let x = w(text, toks, k + 1 + adv);
            let y = w(text, toks, k + 2 + adv);
            x.len() > 5
                && x.ends_with("ing")
                && x.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(x, "including" | "according" | "during" | "regarding" | "following" | "meaning")
                && (DETERMINERS.contains(&y) || y.ends_with("’s") || y.ends_with("'s"))
        };
        // "with Lind saying the port was saved and Berg calling the deal …": a second absolute
        // phrase.
        let absolute_cut = w(text, toks, k) == "and"
            && k + 2 < n
            && attribution::is_cap(text, toks, k + 1)
            && np_forward(text, toks, k + 1, models).is_some_and(|(_, kind, e)| {
                kind == SpeakerKind::Name && e < n && e - k <= 5 && w(text, toks, e).len() > 5 && gerund(e)
            });
        if k + 1 < n
            && !quoted_here
            && (gerund_cut || participle_cut || absolute_cut || clause_cut(text, toks, k, models))
        {
            cuts[k] = k;
        }
        if comma && !quoted_here && closing_apposition(text, toks, k) {
            cuts[k] = k;
        }
        // "described it as a “terrible situation,” but stopped short of …", "called it “a
        // betrayal,” vowing to …": the comma inside a closing mark; the content keeps the mark.
        if comma
            && k + 2 < n
            && matches!(w(text, toks, k + 1), "”" | "\"" | "''")
            && (w(text, toks, k + 2) == "but" || CLAUSE_CUTS.contains(&w(text, toks, k + 2)) || gerund(k + 2))
        {
            cuts[k + 2] = k + 2;
            cuts[k + 1] = k + 2;
            cuts[k] = k + 2;
        }
    }
    // One forward pass keeps a cursor into the (sorted) quoted spans.
    let mut qi = 0;
    let in_quote = |qi: &mut usize, pos: usize| -> bool {
        while *qi < quoted.len() && quoted[*qi].end <= pos {
            *qi += 1;
        }
        *qi < quoted.len() && quoted[*qi].start <= pos
    };
    let blocked_from = |pos: usize| -> Option<&Span> { blocked.iter().find(|b| b.end > pos) };
    let make = |from: usize, mut to: usize, attr: Attribution, conf: f32, min_words: usize| -> Option<Reported> {
        if let Some(b) = blocked_from(from) {
            if b.start <= from {
                return None;
            }
            to = to.min(b.start);
        }
        let c = trim(text, Span::new(from, to.max(from)));
        let words = text[c.range()].split_whitespace().filter(|x| x.chars().any(char::is_alphanumeric)).count();
        (words >= min_words).then_some(Reported { content: c, lead: None, attr, confidence: conf })
    };

    // "<content>, <speaker> <cue>." at the sentence end (one of the last four commas of its final
    // tokens: "…, said Jo Park, the board's chair.").
    // The sentence may go on with a circumstance ("…, Park said Friday, as she left."): the
    // attribution then closes the clause before its last ", as|while|when|… ".
    let circumstance = (2..n.saturating_sub(2))
        .rev()
        .find(|&k| {
            w(text, toks, k) == ","
                && (matches!(
                    w(text, toks, k + 1),
                    "as" | "while" | "when" | "after" | "before" | "because" | "even" | "with" | "although" | "though" | "despite" | "amid"
                )
                    // "…, Park said, on condition of anonymity.": the terms of the attribution.
                    || (w(text, toks, k + 1) == "on"
                        && (w(text, toks, k + 2) == "condition"
                            || (k + 3 < n && w(text, toks, k + 2) == "the" && w(text, toks, k + 3) == "condition"))))
        })
        .filter(|&k| !in_quote(&mut 0, toks[k].span.start));
    // "…, Park said, adding …", "…, Park said Friday — a reversal of …": a gerund or a spaced
    // dash after the attribution opens an addition of the writer's or the speaker's.
    let addition: Vec<usize> = (2..n.saturating_sub(2))
        .rev()
        .filter(|&k| {
            let x = w(text, toks, k);
            let y = w(text, toks, k + 1);
            (x == "," && y.len() > 4 && y.ends_with("ing") && y.chars().all(char::is_lowercase))
                || matches!(x, "—" | "–" | "--")
                || (x == "-" && toks[k].span.start > toks[k - 1].span.end)
        })
        .filter(|&k| !in_quote(&mut 0, toks[k].span.start))
        .take(2)
        .collect();
    // "…, analysts say; in 2012, …": a semicolon closes the attribution's clause too.
    let semicolon = (2..n.saturating_sub(2))
        .rev()
        .find(|&k| w(text, toks, k) == ";")
        .filter(|&k| !in_quote(&mut 0, toks[k].span.start));
    let ends = [(n, false)]
        .into_iter()
        .chain(circumstance.map(|k| (k, false)))
        .chain(semicolon.map(|k| (k, false)))
        .chain(addition.into_iter().map(|k| (k, true)));
    let commas = ends.flat_map(|(end, strict)| {
        let lo = end.saturating_sub(WHO_WINDOW).max(2);
        (lo..end).rev().filter(|&c| w(text, toks, c) == ",").take(4).map(move |c| (c, end, strict))
    });
    let mut resume: Option<usize> = None;
    for (c, end, strict) in commas {
        // "… fans of “Harbour Nights,” Park said.": a comma just inside a closing mark still
        // ends the content; the attribution follows the mark.
        let comma = toks[c].span;
        let closing = closing_mark_after(text, quoted, comma).is_some_and(|q| {
            q.start > toks[0].span.start && !blocked.contains(q) && text[q.range()].split_whitespace().count() <= 4
        });
        let mut c1 = c + 1;
        while closing && c1 < end && matches!(w(text, toks, c1), "\"" | "”" | "'" | "’") {
            c1 += 1;
        }
        // "…, as police have said.", "…, as Lund noted.": "as" opens the attribution's clause;
        // the speaker and cue follow it (not "as well as", "as soon as", "as if").
        let as_clause = c1 + 2 < end
            && w(text, toks, c1) == "as"
            && !matches!(
                w(text, toks, c1 + 1),
                "well" | "soon" | "much" | "long" | "far" | "if" | "though" | "usual" | "such"
            );
        // (Where a content closed by a quotation mark ends: before "as".)
        let mark_end = c1;
        if as_clause {
            c1 += 1;
        }
        // ("…, according to a memo seen by the Gazette.": "according to" has its own source
        // phrase, below.)
        if let Some(a) = attribution::after(text, &toks[..end], c1, models)
            .filter(|a| !text[a.cue.range()].eq_ignore_ascii_case("according to"))
            // (Only a verb of telling: "a tax for tuition, as Lund proposes" describes the tax.)
            .filter(|a| {
                !as_clause
                    || (a.speaker.start < a.cue.start
                        && attribution::cue_lemma(text, a.cue, models).is_some_and(|l| AS_CUES.contains(&l)))
            })
            .or_else(|| if as_clause { put_it(text, &toks[..end], c1, models) } else { None })
        {
            let mut tail = &toks[a.end_tok.min(end)..end];
            // "…, a port spokesman told the Harbour Gazette.": the listener is the cue's object.
            if matches!(&text[a.cue.range()], "told" | "tells" | "tell") && !tail.is_empty() {
                let t0 = a.end_tok.min(end);
                // ("…, Lund told her advisers.": "her" before a noun is a possessive.)
                let phrase = || np_forward(text, &toks[..end], t0, models).map(|x| x.2);
                let listener = if w(text, toks, t0) == "her" {
                    phrase().filter(|&e| e > t0 + 1).or(Some(t0 + 1))
                } else if let Some(e) = counted_listener(text, &toks[..end], t0) {
                    Some(e)
                } else if matches!(w(text, toks, t0), "him" | "them" | "me" | "us") {
                    Some(t0 + 1)
                } else {
                    // ("…, Lund told advisers as he …": a bare plural before a circumstance.)
                    let bare_plural = {
                        let x = w(text, toks, t0);
                        x.len() > 4
                            && x.ends_with('s')
                            && !x.ends_with("ss")
                            && x.chars().all(|c| c.is_ascii_lowercase())
                            && models.cue_lemma(x).is_none()
                            && (t0 + 1 >= end || {
                                let y = w(text, toks, t0 + 1);
                                PREPOSITIONS.contains(&y) || SUBORDINATORS.contains(&y) || matches!(y, "." | "as")
                            })
                    };
                    phrase().or(bare_plural.then_some(t0 + 1))
                };
                if let Some(e) = listener.filter(|&e| e <= end) {
                    tail = &toks[e..end];
                }
            }
            // "…, he said on HBC’s “Morning Dock.”": a programme's or book's title closes the
            // circumstance.
            // (`said_end`: where the attribution's words end.)
            let mut said_end = end;
            // (Not right after the cue: "…, Park said, “Probably.”" is a quotation.)
            if let Some(k) = without_closing_title(text, tail).filter(|&k| k > 0) {
                said_end -= tail.len() - k;
                tail = &tail[..k];
            }
            // "…, said Jo Park, the board's chair.": an apposition closing the sentence.
            // ("…, said the port's chief executive, Jo Park.": a name after a role.)
            let named_role = a.kind == SpeakerKind::Nominal
                && tail.len() > 1
                && text[tail[0].span.range()] == *","
                && np_forward(text, &toks[..end], end - tail.len() + 1, models)
                    .is_some_and(|(_, kind, e)| kind == SpeakerKind::Name && (e == end || w(text, toks, e) == "."));
            let appos = (a.kind == SpeakerKind::Name || named_role)
                && tail.len() > 1
                && text[tail[0].span.range()] == *","
                && models.cue_lemma(&text[tail[1].span.range()]).is_none()
                && (matches!(
                    &text[tail[1].span.range()],
                    "a" | "an" | "the" | "his" | "her" | "their" | "its" | "another" | "one"
                )
                    || text[tail[1].span.range()].starts_with(char::is_uppercase)
                    // "…, said Jo Lind, executive director of the union.": a role without article.
                    || models.is_title(&text[tail[1].span.range()])
                    || tail.get(2).is_some_and(|t| models.is_title(&text[tail[1].span.start..t.span.end])));
            // "…, said Jo Park, who chairs the board.": a relative clause on the speaker.
            let relative = a.kind != SpeakerKind::Pronoun
                && tail.len() > 2
                && text[tail[0].span.range()] == *","
                && matches!(&text[tail[1].span.range()], "who" | "whose");
            if appos || relative {
                tail = &tail[1..];
            }
            // What follows the attribution is a circumstance ("on Monday", "in a statement",
            // "when asked"), never the rest of a clause ("said the dismissals broke the deal").
            let tail_opens = appos
                || tail.first().is_none_or(|t| {
                    let x = &text[t.span.range()];
                    t.kind == TokenKind::Punctuation
                        || PREPOSITIONS.contains(&x)
                        || is_time_word(x)
                        || matches!(
                            x,
                            "last" | "this" | "earlier" | "when" | "as" | "who" | "adding" | "noting" | "citing"
                        )
                });
            // "Through a spokeswoman, Park declined to comment.", "In a speech, she said:": an
            // infinitive or a colon after the cue is the cue's own complement, so the clause
            // before the comma is a circumstance, not a content.
            let own_complement = !appos
                && tail.first().is_some_and(|t| {
                    let x = &text[t.span.range()];
                    x == ":"
                        || (x == "to"
                            && tail.get(1).is_some_and(|u| {
                                let y = &text[u.span.range()];
                                u.kind == TokenKind::Word
                                    && y.chars().all(char::is_lowercase)
                                    && !matches!(
                                        y,
                                        "the"
                                            | "a"
                                            | "an"
                                            | "his"
                                            | "her"
                                            | "their"
                                            | "its"
                                            | "him"
                                            | "them"
                                            | "me"
                                            | "us"
                                            | "reporters"
                                    )
                            }))
                });
            // "…, said Rita Katz, the director of the group, which tracks …": a relative clause
            // on the apposition.
            // ("…, said Jo Lind, a sailor who founded two firms after …": with or without a comma.)
            let rel_at = if relative {
                Some(0)
            } else if appos {
                (1..tail.len()).find(|&i| matches!(&text[tail[i].span.range()], "who" | "which" | "whose"))
            } else {
                None
            };
            let appos_relative = appos && rel_at.is_some();
            // "…, said Mindy Lark, director of the Civic Project at the University of Elm, Center
            // for Change.", "…, said an official who was briefed on the talks and spoke
            // anonymously.": after "said <speaker>" right at the comma, an apposition or relative
            // clause may run to the sentence's end with commas of its own, unless a finite verb
            // follows one of them ("…, said the aide who left, Jo Park, should resign").
            let inverted_say = a.cue.start < a.speaker.start
                && toks[c1].span.start == a.cue.start
                && matches!(models.cue_lemma(&text[a.cue.range()]), Some("say" | "add"))
                && tail.len() <= WHO_WINDOW
                && (appos
                    || relative
                    || tail.first().is_none_or(|t| {
                        let x = &text[t.span.range()];
                        matches!(x, "," | "(" | "who" | "whose" | "which")
                            // "…, said a spokesman for the port, Dan Lind, who …": a phrase on the
                            // speaker, with no verb of its own before a relative pronoun.
                            || (PREPOSITIONS.contains(&x)
                                && tail
                                    .iter()
                                    .map(|u| &text[u.span.range()])
                                    .take_while(|y| !matches!(*y, "who" | "whose" | "which"))
                                    .all(|y| !finite_or_past(y)))
                    }))
                && !tail
                    .windows(2)
                    .any(|p| text[p[0].span.range()] == *"," && FINITE.contains(&&text[p[1].span.range()]))
                && tail
                    .iter()
                    .all(|t| !matches!(&text[t.span.range()], ";" | ":" | "\"" | "“" | "”" | "—" | "–" | "--"));
            // "…, said the turmoil at the port was part of the show": a verb after an inverted
            // speaker makes it the subject of the cue's clause.
            let clause_after = || {
                a.cue.start < a.speaker.start
                    && tail
                        .iter()
                        .map(|u| &text[u.span.range()])
                        // Up to a relative or subordinate clause ("…, said Park, who was …").
                        .take_while(|y| {
                            !matches!(*y, "who" | "whose" | "which" | "that" | "where" | "as")
                                && !SUBORDINATORS.contains(y)
                        })
                        .any(|y| FINITE.contains(&y))
            };
            // "…, Sen. Ada Lind (D-Elm.) told the Gazette.": a parenthesis in the attribution does
            // not count toward its length.
            let paren = (c + 1..end)
                .find(|&k| w(text, toks, k) == "(")
                .map_or(0, |o| (o + 1..end.min(o + 12)).find(|&k| w(text, toks, k) == ")").map_or(0, |e| e + 1 - o));
            // "…, Lund said as he labored over one of the last speeches of his term.": a
            // subordinate clause of the attribution's may run to the sentence's end, as a relative
            // clause may.
            // (Its subject a pronoun, and no cue of its own: "…, Lund said as Berg argued …" is
            // a report of its own.)
            let subordinate = tail.first().is_some_and(|t| {
                matches!(&text[t.span.range()], "as" | "when" | "while" | "after" | "before" | "because")
            }) && tail.get(1).is_some_and(|t| subject_pronoun(&text[t.span.range()]))
                && (1..tail.len()).all(|i| cue_at(text, tail, i, models).is_none())
                // (A short attribution right after the comma: "…, as Lind, gasping on the
                // pier, said before he died" is no closing attribution of the clause.)
                && !as_clause
                && said_end - tail.len() <= c + 8;
            let tail_ok = inverted_say
                || ((tail_opens || relative)
                    && !own_complement
                    && tail.len()
                        <= if relative || appos_relative || subordinate {
                            WHO_WINDOW - 4
                        } else if appos {
                            14
                        } else {
                            10
                        }
                    && (relative
                        || appos_relative
                        || subordinate
                        || c + if appos { 22 } else { 14 } + paren >= said_end)
                    && tail.iter().enumerate().all(|(i, t)| {
                        let x = &text[t.span.range()];
                        t.kind != TokenKind::Punctuation
                        || !matches!(x, "," | ";" | "\"" | "“" | "”")
                        || (appos_relative
                            && x == ","
                            && tail
                                .get(i + 1)
                                .is_some_and(|u| matches!(&text[u.span.range()], "who" | "which" | "whose")))
                        // "…, who has written books, papers and essays on it.": a relative clause
                        // closing the sentence may hold commas of its own.
                        || (x == "," && rel_at.is_some_and(|r| i > r))
                    }));
            // "According to the filings, the company knew about the leak": a verb of thought or
            // stance with words after it has its own complement, not the clause before.
            let own_object = tail.iter().any(|t| t.kind != TokenKind::Punctuation)
                && models.cue_lemma(&text[a.cue.range()]).is_some_and(|l| attribution::NEVER_INVERTED.contains(&l));
            let tail_ok = tail_ok && !clause_after() && !own_object;
            // "Gov. Jo Park of Elm, a lawyer who …, said the plan failed.": the words before
            // the comma are the cue's own subject, not a content.
            // ("…, said Mark Lind, a …": a name after the cue is the speaker, so the clause before
            // the comma is the content.)
            let inverted_name = a.kind == SpeakerKind::Name
                && a.cue.start < a.speaker.start
                && matches!(models.cue_lemma(&text[a.cue.range()]), Some("say" | "add" | "write" | "note" | "explain"));
            let own_subject = !inverted_name
                && (c + 1..end)
                    .find(|&k| !matches!(w(text, toks, k), "," | "—" | "–" | "-" | "--"))
                    .filter(|&v| toks[v].span.start == a.cue.start)
                    .and_then(|v| speaker_before(text, toks, v, models))
                    .is_some_and(|(sp, _, _)| {
                        toks.iter().take_while(|t| t.span.start < sp.start).all(|t| {
                            t.kind == TokenKind::Punctuation
                                || OPENERS.iter().any(|o| text[t.span.range()].eq_ignore_ascii_case(o))
                        }) && !finite_after(text, toks, sp, c)
                    });
            // Before an addition the attribution closes right there ("…, Park said Friday,
            // adding …") and the content opens no circumstance ("As the vote nears, Park says,
            // the …" goes on after the attribution).
            let o = (0..c).find(|&k| {
                !OPENERS.contains(&w(text, toks, k).to_ascii_lowercase().as_str()) && w(text, toks, k) != ","
            });
            let first = w(text, toks, o.unwrap_or(0)).to_ascii_lowercase();
            let addition_ok = !strict
                || (!appos
                    && !relative
                    && !text[a.cue.range()].ends_with("ing")
                    && (a.cue.start > a.speaker.start
                        || matches!(
                            models.cue_lemma(&text[a.cue.range()]),
                            Some("say" | "add" | "ask" | "write" | "tell" | "note" | "explain")
                        ))
                    && (a.kind != SpeakerKind::Nominal || {
                        // ("…, two officials said, speaking on condition of anonymity.": a count
                        // or a quantifier opens the phrase too.)
                        let s0 = text[a.speaker.range()].split(' ').next().unwrap_or("");
                        let l0 = s0.to_ascii_lowercase();
                        DETERMINERS.contains(&l0.as_str())
                            || s0.starts_with(char::is_uppercase)
                            || s0.chars().all(|c| c.is_ascii_digit())
                            || matches!(
                                l0.as_str(),
                                "two"
                                    | "three"
                                    | "four"
                                    | "five"
                                    | "six"
                                    | "several"
                                    | "some"
                                    | "many"
                                    | "both"
                                    | "other"
                            )
                    })
                    && tail.len() <= 4
                    && !PREPOSITIONS.contains(&first.as_str())
                    && !SETTINGS.contains(&first.as_str())
                    && !matches!(
                        first.as_str(),
                        "as" | "if" | "though" | "although" | "because" | "since" | "like" | "following" | "despite"
                    )
                    && !first.ends_with("ing"));
            // "In any case, Park said, the …", "As the vote nears, Park says, …": a short opening
            // phrase or subordinate clause is no content.
            // (`o0..c`: the words before the comma; `verbless`: none of them a comma or a finite verb.)
            let o0 = o.unwrap_or(0);
            let verbless = (o0..c)
                .all(|k| w(text, toks, k) != "," && !FINITE.contains(&w(text, toks, k).to_ascii_lowercase().as_str()));
            let opener_only = (PREPOSITIONS.contains(&first.as_str()) && c - o0 <= 4)
                || (matches!(
                    first.as_str(),
                    "as" | "if" | "when" | "while" | "because" | "since" | "though" | "although" | "once" | "unless"
                ) && c - o0 <= 8)
                // "Asked about the levy, Lund shrugged.", "Speaking at the rally, Velt said": a
                // participle before its preposition opens the clause; it reports nothing.
                || (c - o0 <= 8
                    && (first.ends_with("ing") || first.ends_with("ed") || first == "told")
                    && o.is_some_and(|o| o + 1 < c && PREPOSITIONS.contains(&w(text, toks, o + 1)))
                    && verbless)
                // "With all eyes on the port, many voters shrugged off the levy, …": an absolute
                // phrase with no finite verb sets the scene, and so does a time phrase ("But
                // Thursday night at the convention, he spoke out …", "Last week in Elm, …").
                || ((matches!(first.as_str(), "with" | "without" | "amid" | "despite")
                    || o.is_some_and(|o| {
                        crate::calendar::is_weekday(w(text, toks, o))
                            || matches!(first.as_str(), "yesterday" | "today" | "tonight")
                            || (matches!(first.as_str(), "last" | "earlier" | "later" | "this")
                                && o + 1 < c
                                && is_time_word(w(text, toks, o + 1)))
                    }) && c - o0 <= 12)
                    && verbless);
            // "…, describing the team as …": a gerund before its object is no inverted attribution.
            let gerund_first = a.cue.start < a.speaker.start && text[a.cue.range()].ends_with("ing");
            if tail_ok
                && !gerund_first
                && addition_ok
                && !opener_only
                && !own_subject
                && (closing || !in_quote(&mut 0, comma.start))
            {
                let conf = if a.kind == SpeakerKind::Nominal { 0.5 } else { 0.6 };
                // A content ending inside a closing mark takes the mark in.
                let to = if closing { toks[mark_end - 1].span.end } else { comma.start };
                if let Some(mut r) = make(toks[0].span.start, to, a, conf, 3) {
                    // "The plan will fail, Lund said, because the pier is …": a reason right after
                    // the attribution is the speaker's, the second part of the content.
                    if end + 2 < n
                        && tail.is_empty()
                        && w(text, toks, end) == ","
                        && w(text, toks, end + 1) == "because"
                    {
                        r.lead = Some(r.content);
                        r.content = trim(text, Span::new(toks[end + 1].span.start, clause_end));
                        out.push(r);
                        return out;
                    }
                    out.push(r);
                    // "…, Park said, adding that …": what follows the attribution may report more
                    // (not a title: "…, Rubin said in his book, “A Norland Son.”").
                    if end < n && (tail.is_empty() || without_closing_title(text, &toks[end..]) != Some(0)) {
                        resume = Some(end);
                        break;
                    }
                    // "…, said Jo Park, an analyst, who notes that …": the speaker's relative
                    // clause may report on its own.
                    let who = (a.end_tok.min(end)..end).find(|&k| {
                        matches!(w(text, toks, k), "who" | "which") && cue_at(text, toks, k + 1, models).is_some()
                    });
                    if let Some(k) = who {
                        resume = Some(k);
                        break;
                    }
                    return out;
                }
            }
        }
    }

    // "<content>, according to <source>" anywhere in the sentence (or after a dash: "… —
    // according to the data").
    if let Some(k) = (1..n.saturating_sub(3)).filter(|_| resume.is_none()).find(|&k| {
        (w(text, toks, k) == "," || matches!(w(text, toks, k), "—" | "–" | "--"))
            && w(text, toks, k + 1).eq_ignore_ascii_case("according")
            && w(text, toks, k + 2) == "to"
            && !in_quote(&mut 0, toks[k].span.start)
    }) {
        if let Some(a) = source(text, toks, k + 1, models) {
            let e = a.end_tok;
            let goes_on = e + 1 < n && w(text, toks, e) == "," && toks[e + 1].kind == TokenKind::Word;
            let lead_words = (0..k).filter(|&i| toks[i].kind == TokenKind::Word).count();
            let first = w(text, toks, 0).to_ascii_lowercase();
            let adverbial = PREPOSITIONS.contains(&first.as_str())
                || SETTINGS.contains(&first.as_str())
                || OPENERS.contains(&first.as_str());
            if goes_on && lead_words < 9 {
                // "In addition, according to the agency, …": the content follows the source;
                // "Fundraising, according to the campaign, has surged": the sentence is the content.
                let from = if adverbial { toks[e + 1].span.start } else { toks[0].span.start };
                if let Some(r) = make(from, clause_end, a, 0.55, 3) {
                    out.push(r);
                    return out;
                }
            }
            if let Some(r) = make(toks[0].span.start, toks[k].span.start, a, 0.55, 3) {
                out.push(r);
                return out;
            }
        }
    }
    // "According to <source>, <content>" (after an opening "But").
    let mut v = resume.unwrap_or(0);
    // "It has not gone unnoticed: According to recent polls, …": a colon may open the clause.
    let mut s0 = (1..n.saturating_sub(3))
        .find(|&k| w(text, toks, k) == ":" && w(text, toks, k + 1) == "According")
        .map_or(0, |k| k + 1);
    while s0 < n
        && (OPENERS.contains(&w(text, toks, s0).to_ascii_lowercase().as_str())
            || w(text, toks, s0) == ","
            || w(text, toks, s0) == "(")
    {
        s0 += 1;
    }
    if resume.is_none()
        && s0 + 2 < n
        && w(text, toks, s0).eq_ignore_ascii_case("according")
        && w(text, toks, s0 + 1) == "to"
    {
        if let Some(a) = source(text, toks, s0, models) {
            let e = a.end_tok;
            if e + 1 < n && w(text, toks, e) == "," {
                // "According to Lind, “…,” presumably meaning …": a quotation opening the content
                // is the content, up to its closing mark.
                let from = toks[e + 1].span.start;
                let to = quoted
                    .iter()
                    .find(|q| q.start >= from)
                    .filter(|q| text[from..q.start].chars().all(|c| matches!(c, '"' | '“' | '\'' | '‘' | ' ')))
                    .map_or(clause_end, |q| q.end.min(clause_end));
                if let Some(r) = make(from, to, a, 0.55, 3) {
                    out.push(r);
                    return out;
                }
                v = e + 1;
            }
        }
    }
    // "As the Gazette's Dana Lind puts it, “…”", "As Lind put it in a statement in July, the
    // board is …": the speaker of the clause after the phrase's comma.
    if resume.is_none() && s0 + 4 < n && w(text, toks, s0).eq_ignore_ascii_case("as") {
        let put = (s0 + 2..n.min(s0 + 12))
            .find(|&k| matches!(w(text, toks, k), "put" | "puts") && k + 1 < n && w(text, toks, k + 1) == "it");
        if let Some(p) = put {
            let comma = (p + 2..n.min(p + 16)).find(|&k| w(text, toks, k) == ",").filter(|&c| {
                (p + 2..c).all(|k| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), "'s" | "’s" | "."))
            });
            // The whole phrase before "put(s) it" speaks ("the Gazette's Dana Lind").
            let who = np_forward(text, toks, s0 + 1, models).filter(|x| x.2 == p).or_else(|| {
                let plain = (s0 + 1..p)
                    .all(|k| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), "'s" | "’s" | "."));
                let cap = w(text, toks, p - 1).starts_with(char::is_uppercase);
                (plain && p - s0 <= 8).then(|| {
                    let kind = if cap { SpeakerKind::Name } else { SpeakerKind::Nominal };
                    (Span::new(toks[s0 + 1].span.start, toks[p - 1].span.end), kind, s0 + 1)
                })
            });
            if let (Some(c), Some((speaker, kind, _))) = (comma, who) {
                let cue = Span::new(toks[p].span.start, toks[p + 1].span.end);
                let a = Attribution { speaker, kind, cue, end_tok: c };
                if let Some(r) = (c + 1 < n).then(|| make(toks[c + 1].span.start, clause_end, a, 0.55, 3)).flatten() {
                    out.push(r);
                    return out;
                }
            }
        }
    }
    // "As Lund noted in a memo to the board, the gap is vast", "As Lund said on Friday, …": an
    // opening "as" clause with a verb of telling and a circumstance of plain words (no verb of
    // its own) credits the clause after its comma. ("As Lund noted, …" with nothing between
    // the cue and the comma is read below.)
    if resume.is_none() && s0 + 5 < n && w(text, toks, s0).eq_ignore_ascii_case("as") {
        let said = np_forward(text, toks, s0 + 1, models)
            .filter(|x| x.1 != SpeakerKind::Pronoun || subject_pronoun(w(text, toks, s0 + 1)))
            .and_then(|(speaker, kind, e)| {
                let c = cue_at(text, toks, e, models)?;
                let lemma = models.cue_lemma(w(text, toks, e))?;
                AS_CUES.contains(&lemma).then_some((speaker, kind, e, c))
            });
        if let Some((speaker, kind, e, c)) = said {
            let from = e + c;
            let comma = (from + 1..n.min(from + 12)).find(|&k| w(text, toks, k) == ",").filter(|&k| {
                (from..k).all(|i| {
                    let x = w(text, toks, i);
                    (toks[i].kind != TokenKind::Punctuation || matches!(x, "'s" | "’s"))
                        && !FINITE.contains(&x)
                        && !matches!(x, "that" | "who" | "which" | "and" | "but")
                        && cue_at(text, toks, i, models).is_none()
                })
            });
            // (The circumstance opens with a preposition or a time word: "in a memo", "on
            // Friday", "last week", "Friday".)
            let circumstance = comma.is_some_and(|k| {
                k > from && {
                    let x = w(text, toks, from);
                    PREPOSITIONS.contains(&x) || is_time_word(x) || matches!(x, "last" | "this" | "earlier")
                }
            });
            if let (Some(k), true) = (comma, circumstance) {
                let a = Attribution { speaker, kind, cue: attribution::cue_span(toks, e, c), end_tok: k };
                if let Some(r) = (k + 1 < n).then(|| make(toks[k + 1].span.start, clause_end, a, 0.55, 3)).flatten() {
                    out.push(r);
                    return out;
                }
            }
        }
    }
    // "In a Gazette poll released Monday, 52 percent backed the levy": a poll or survey
    // opening the sentence is the source of the clause after it.
    let poll = (resume.is_none() && s0 + 4 < n && w(text, toks, s0).eq_ignore_ascii_case("in"))
        .then(|| poll_source(text, toks, s0))
        .flatten()
        .filter(|a| a.end_tok + 1 < n);
    if let Some(a) = poll {
        if let Some(r) = make(toks[a.end_tok + 1].span.start, clause_end, a, 0.5, 4) {
            // The poll's report holds any report of its clause ("…, 40 percent said they …").
            out.push(r);
            return out;
        }
    }

    let caps =
        toks.iter().filter(|t| t.kind == TokenKind::Word && text[t.span.range()].starts_with(char::is_uppercase));
    let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
    let title_case = words >= 4 && caps.count() * 10 >= words * 7;
    while v < n {
        let here = v;
        v += 1;
        if in_quote(&mut qi, toks[here].span.start) {
            continue;
        }
        // "Asked (by Park) whether …," / "when asked about …": a question without a speaker,
        // or with the asker after "by" ("Lind was asked by host Jo Park whether …").
        let by = here + 2 < n && w(text, toks, here + 1) == "by";
        if w(text, toks, here).eq_ignore_ascii_case("asked")
            && (here == s0
                || (here > 0 && matches!(w(text, toks, here - 1), "when" | "When" | ","))
                || (by && here > 0 && matches!(w(text, toks, here - 1), "was" | "were")))
        {
            let q = (here + 1..n.min(here + 12))
                .take_while(|&k| !matches!(w(text, toks, k), "," | ";" | ":" | "?"))
                .find(|&k| ASKED.contains(&w(text, toks, k)) || (by && w(text, toks, k) == "to" && k > here + 2));
            let lead_ok = q.is_some_and(|k| {
                k == here + 1 || matches!(w(text, toks, here + 1), "by" | "during" | "in" | "at" | "on" | "after")
            });
            if let (Some(j), true) = (q, lead_ok) {
                // A full stop inside the sentence is an abbreviation's ("Mr."), never the end.
                let e = (j + 1..n)
                    .find(|&k| matches!(w(text, toks, k), "," | ";" | ":" | "?" | "—" | "–" | "--" | "-"))
                    .unwrap_or(n);
                let at = toks[here].span;
                let asker = by.then(|| np_forward(text, toks, here + 2, models)).flatten().filter(|x| x.2 <= j);
                let asker = asker.map(|x| (x.0, x.1));
                let (speaker, kind) = asker.unwrap_or((Span::new(at.start, at.start), SpeakerKind::Nominal));
                let attr = Attribution { speaker, kind, cue: at, end_tok: here + 1 };
                let to = if e < n { toks[e].span.start } else { clause_end };
                if let Some(r) = make(toks[j].span.start, to, attr, 0.5, 2) {
                    out.push(r);
                    v = e;
                    continue;
                }
            }
        }
        // "The council is expected to vote on Friday": an expectation nobody in the text holds;
        // the whole clause, subject and cue included, is the content, with no speaker (from
        // "which"/"who" or after ", and", "while", … when the subject opens a later clause).
        // "Park appeared to gain ground", "The plan seems like a long shot": the writer's
        // judgement, reported the same way (not before a cue: "seemed to suggest that …" is
        // Park's report).
        let expected = here >= 2
            && here + 2 < n
            && w(text, toks, here) == "expected"
            && matches!(w(text, toks, here - 1), "is" | "are" | "was" | "were")
            && w(text, toks, here + 1) == "to";
        let seems = here >= 1
            && here + 2 < n
            && matches!(w(text, toks, here), "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared")
            && (w(text, toks, here + 1) == "like"
                || (w(text, toks, here + 1) == "to" && cue_at(text, toks, here + 2, models).is_none()));
        if (expected || seems) && out.last().is_none_or(|l| l.content.end <= toks[0].span.start) {
            let cue_tok = if expected { here - 1 } else { here };
            let o = clause_opening(text, toks, cue_tok, models);
            // "…, which the Senate is expected to pass": from the relative pronoun.
            let from = (o..cue_tok)
                .rev()
                .find_map(|k| match (w(text, toks, k), w(text, toks, k + 1)) {
                    (",", "which" | "who") => Some(k + 1),
                    (",", "and" | "but" | "where" | "while" | "as" | "when") => Some(k + 2),
                    ("while" | "as" | "when" | "because" | "though" | "although", _) => Some(k + 1),
                    _ => None,
                })
                .unwrap_or(o);
            // Up to the first comma or dash after it ("…, potentially …", "… -- the first wave").
            let mut e = cuts[here + 2];
            // Not inside a quotation: "… comments that “time, distance, …”".
            let mut qk = 0;
            if let Some(k) = (here + 2..e).find(|&k| {
                matches!(w(text, toks, k), "," | "—" | "–" | "--" | ";") && !in_quote(&mut qk, toks[k].span.start)
            }) {
                e = k;
            }
            let to = if e == n { clause_end } else { toks[e].span.start };
            let at = toks[here].span;
            let cue = Span::new(toks[cue_tok].span.start, toks[here].span.end);
            let attr = Attribution {
                speaker: Span::new(at.start, at.start),
                kind: SpeakerKind::Nominal,
                cue,
                end_tok: here + 1,
            };
            if from < cue_tok {
                if let Some(r) = make(toks[from].span.start, to, attr, 0.4, 3) {
                    out.push(r);
                    v = e;
                    continue;
                }
            }
        }
        // "Park's claim that …", "his insistence that …": a claim noun after a possessive reports
        // its clause, the possessor speaking; "amid rumors that …": without one, see `bare_claim`.
        let claim = claim_noun(text, toks, here, models)
            .map(|r| (r, toks.partition_point(|t| t.span.start < r.speaker.start)))
            .or_else(|| bare_claim(text, toks, here, models));
        if let Some((r, p)) = claim {
            if out.last().is_none_or(|l| l.content.end <= toks[here].span.start) {
                let mut e = cuts[here + 2];
                // "Contrary to his claim that …, the files …", "Despite Park's claim that …, …": a
                // claim inside an opening phrase (from token `p`) ends at its comma.
                // ("Despite Mr. Park's claims …": the speaker leaves its title out.)
                let p = if p > 1 && w(text, toks, p - 1) == "." && models.is_title(w(text, toks, p - 2)) {
                    p - 2
                } else if p > 0 && models.is_title(w(text, toks, p - 1)) {
                    p - 1
                } else {
                    p
                };
                if p > 0
                    && (PREPOSITIONS.contains(&w(text, toks, p - 1))
                        || matches!(w(text, toks, p - 1), "Despite" | "despite" | "amid" | "Amid"))
                {
                    // A comma just inside a closing mark counts ("… would ''learn nothing,'' …"):
                    // the content then ends after the mark.
                    let closing = |k: usize| closing_mark_after(text, quoted, toks[k].span);
                    let mut qj = 0;
                    if let Some(k) = (here + 2..e).find(|&k| {
                        matches!(w(text, toks, k), "," | "—" | "–" | "--" | ";")
                            && (!in_quote(&mut qj, toks[k].span.start) || closing(k).is_some())
                    }) {
                        e = closing(k).map_or(k, |q| toks.partition_point(|t| t.span.start < q.end));
                    }
                }
                let to = if e == n { clause_end } else { toks[e].span.start };
                if let Some(made) = make(toks[here + 2].span.start, to, r, 0.5, 3) {
                    out.push(made);
                    v = e;
                    continue;
                }
            }
        }
        let Some(c) = cue_at(text, toks, here, models) else {
            continue;
        };
        let word = w(text, toks, here);
        if word.chars().next().is_some_and(char::is_uppercase) && (here == 0 || !title_case) {
            continue;
        }
        // After a determiner or possessive the cue is a noun or an adjective ("the estimated
        // 40 million voters", "her claims", "an added burden").
        if here > 0 && DETERMINERS.contains(&w(text, toks, here - 1).to_ascii_lowercase().as_str()) {
            continue;
        }
        // "Several dock figures argued …", "union figures declared that …": an "-s" form right
        // before a past cue is the plural subject of that cue ("says" and "tells" never are:
        // "Lind says reported cases rose").
        if c == 1 && here + 1 < n && word.len() > 3 && word.ends_with('s') && !matches!(word, "says" | "tells") && {
            let next = w(text, toks, here + 1);
            next.ends_with("ed")
                && next.chars().all(|ch| ch.is_ascii_lowercase())
                && cue_at(text, toks, here + 1, models).is_some()
        } {
            continue;
        }
        // "Health worries have dogged …", "development projects will expire": an -s form after
        // a common noun (or opening the sentence after one word) and before a finite verb is a
        // plural noun ("which Park says will fail" and "which the firm estimates would cost"
        // still report).
        if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && c == 1 && here > 0 {
            let next = toks.get(here + 1).map_or("", |t| &text[t.span.range()]);
            let prev = w(text, toks, here - 1);
            let noun_before = toks[here - 1].kind == TokenKind::Word
                && (prev.chars().all(char::is_lowercase) || here == 1)
                && !["he", "she", "it", "they", "who", "which", "that"].iter().any(|p| prev.eq_ignore_ascii_case(p));
            if noun_before && (FINITE.contains(&next) || matches!(next, "do" | "did")) {
                continue;
            }
        }
        // "the Paris attacks test Park's plan", "After the Paris attacks, Park …": "attacks" before
        // a comma or a bare lowercase word is the noun; the verb takes an object ("attacks Park",
        // "attacks the plan", "attacks rival's record", "attacks on …" as before).
        if word == "attacks" && here + 1 < n {
            let next = w(text, toks, here + 1);
            let object = DETERMINERS.contains(&next)
                || next.starts_with(char::is_uppercase)
                || next.ends_with("'s")
                || next.ends_with("’s")
                || opens_quote(text, toks, here + 1)
                || matches!(next, "him" | "them" | "it" | "us" | "me" | "on" | "what" | "those" | "both");
            if !object {
                continue;
            }
        }
        let lemma0 = models.cue_lemma(word);
        // "support" and "oppose" report a stance ("Lind supports the levy"), but not inside an
        // earlier content of the sentence ("said she would support Lind if …" is one report),
        // and the present forms are nouns before a preposition, a finite verb or the clause's
        // end ("40 percent support among voters", "his support is …").
        if matches!(lemma0, Some("support" | "oppose")) {
            if out.last().is_some_and(|l| l.content.end > toks[here].span.start) {
                continue;
            }
            let next = toks.get(here + 1).map_or("", |t| &text[t.span.range()]);
            if !word.ends_with("ed")
                && !word.ends_with("ing")
                && (next.is_empty()
                    || PREPOSITIONS.contains(&next)
                    || FINITE.contains(&next)
                    || matches!(next, "among" | "." | "," | ";" | ":" | "and" | "or"))
            {
                continue;
            }
        }
        // "sees him as a threat", "view the levy as a tax": a view reports only with "as" after a
        // short object of plain words ("saw a surge", "see what happens" report nothing).
        if matches!(lemma0, Some("see" | "view"))
            && !(here + 2..n.min(here + 7))
                .take_while(|&k| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), "'s" | "’s"))
                .any(|k| w(text, toks, k) == "as")
        {
            continue;
        }
        // "recognized that …", but "recognized the new state" reports nothing; after a raising
        // verb the infinitive reports anyway ("seemed to recognize the risk").
        if lemma0.is_some_and(|l| THAT_ONLY.contains(&l))
            && !that_follows(text, toks, here)
            && !(here > 1 && w(text, toks, here - 1) == "to" && raising_verb(w(text, toks, here - 2)))
        {
            continue;
        }
        // "state(s)" reports only before "that" or a colon ("the memo states that …"); otherwise
        // it is the noun ("coastal states swing toward …", "leaders of the state say …").
        if (word.eq_ignore_ascii_case("states") || word.eq_ignore_ascii_case("state"))
            && !matches!(toks.get(here + 1).map(|t| &text[t.span.range()]), Some("that" | ":"))
        {
            continue;
        }
        // "The rating has declined slightly from 58 percent", "Sales declined 4 percent": a fall,
        // not a refusal.
        if lemma0 == Some("decline") && here + 1 < n {
            let next = w(text, toks, here + 1);
            let number =
                |i: usize| i < n && (toks[i].kind == TokenKind::Number || w(text, toks, i).starts_with(['$', '%']));
            if attribution::is_adverb(next)
                || number(here + 1)
                || matches!(next, "from" | "by" | "in" | "since" | "over" | "during")
                || (next == "to" && number(here + 2))
            {
                continue;
            }
        }
        // "charged a $100,000 fee", "charged his campaign for rent": a price, not an accusation;
        // only "charged that …" and "charged <someone> with …" accuse.
        if lemma0 == Some("charge")
            && !(here + 1 < n && w(text, toks, here + 1) == "that")
            && !(here + 2..n.min(here + 14)).any(|k| w(text, toks, k) == "with")
        {
            continue;
        }
        // "Canova, who is challenging Wasserman Schultz": a rival for a seat, not a stance.
        if word == "challenging"
            && here > 0
            && matches!(w(text, toks, here - 1), "is" | "are" | "was" | "were")
            && np_forward(text, toks, here + 1, models).is_some_and(|x| x.1 == SpeakerKind::Name)
        {
            continue;
        }
        // "All told, the group raised …": an idiom, not a cue.
        if word == "told"
            && here > 0
            && w(text, toks, here - 1).eq_ignore_ascii_case("all")
            && toks.get(here + 1).is_some_and(|t| &text[t.span.range()] == ",")
        {
            continue;
        }
        // "…, saying", "…,” saying" (the comma inside a closing mark).
        // "…, quickly reminding", "…, each touting": an adverb or "each"/"both" may stand between
        // the comma and the gerund.
        let each = here > 1 && matches!(w(text, toks, here - 1), "each" | "both") && w(text, toks, here - 2) == ",";
        // "…, touting its repairs and saying …": a second gerund after "and" goes on from a
        // gerund report that ends right before it.
        let and_gerund = here > 1
            && w(text, toks, here - 1) == "and"
            && out.last().is_some_and(|r| {
                text[r.attr.cue.range()].ends_with("ing")
                    && r.content.end <= toks[here - 1].span.start
                    && text[r.content.end..toks[here - 1].span.start].trim().is_empty()
            });
        // "…, painting others as weak and suggesting that …": a gerund cue after "and" that
        // closes a gerund clause opened after a comma.
        let and_after_gerund = here > 2
            && w(text, toks, here - 1) == "and"
            && (here.saturating_sub(16)..here - 1)
                .rev()
                .take_while(|&k| !matches!(w(text, toks, k), "." | ";" | ":" | "and" | "“" | "”" | "\""))
                .find(|&k| w(text, toks, k) == ",")
                .is_some_and(|k| {
                    let x = w(text, toks, k + 1);
                    k + 2 < here - 1 && x.len() > 5 && x.ends_with("ing") && x.chars().all(|c| c.is_ascii_lowercase())
                });
        // ("…on the spot – saying …": a spaced dash as well.)
        let dash = here > 1
            && (matches!(w(text, toks, here - 1), "—" | "–" | "--")
                || (w(text, toks, here - 1) == "-" && toks[here - 1].span.start > toks[here - 2].span.end));
        let after_comma = here > 0
            && (w(text, toks, here - 1) == ","
                || dash
                || and_gerund
                || and_after_gerund
                || (here > 1 && matches!(w(text, toks, here - 1), "”" | "\"" | "’") && w(text, toks, here - 2) == ",")
                || (here > 1
                    && (attribution::is_adverb(w(text, toks, here - 1))
                        || matches!(w(text, toks, here - 1), "even" | "also" | "again" | "then" | "further"))
                    && w(text, toks, here - 2) == ",")
                || each);
        let gerund = word.ends_with("ing")
            && after_comma
            && models
                .cue_lemma(word)
                .is_some_and(|l| SPEECH.contains(&l) || GERUNDS.contains(&l) || AFTER_COMMA.contains(&l))
            || (c == 2 && word == "referring" && here > 0 && w(text, toks, here - 1) == ",")
            // "rallied supporters by warning that …", "after saying that …": the clause's subject.
            || (word.ends_with("ing")
                && here > 1
                && matches!(w(text, toks, here - 1), "by" | "after" | "while" | "before" | "when")
                && models.cue_lemma(word).is_some());
        let spk = if gerund && each {
            // "…, each touting …": "each" stands for the subjects.
            Some((toks[here - 1].span, SpeakerKind::Nominal, here - 1))
        } else if gerund {
            // "…, adding that …": the subject of the clause (the last speaker, or the opening name
            // or noun phrase of two words or more: "Both parents objected, saying …").
            // "After Berg said …, Lund toured it, saying …": a report inside an opening subordinate
            // clause is not the gerund's; the main clause's subject after its comma is.
            let opener = w(text, toks, 0).to_ascii_lowercase();
            let main_subject = |r: &Reported| {
                if !(SUBORDINATORS.contains(&opener.as_str()) || opener == "as") {
                    return None;
                }
                let from = toks.partition_point(|t| t.span.start < r.content.end);
                let c = (from..here).find(|&k| w(text, toks, k) == ",")?;
                let (sp, kind, e) = np_forward(text, toks, c + 1, models)?;
                let verb = e + 1 < here
                    && toks[e].kind == TokenKind::Word
                    && w(text, toks, e).chars().all(|ch| ch.is_ascii_lowercase())
                    && !PREPOSITIONS.contains(&w(text, toks, e));
                verb.then_some((sp, kind, here))
            };
            out.last()
                .map(|r| main_subject(r).unwrap_or((r.attr.speaker, r.attr.kind, here)))
                .or_else(|| {
                    // "“…,” said Park, adding that …": the attribution of the direct quote before.
                    let b = blocked.iter().rev().find(|b| b.end <= toks[here].span.start)?;
                    let k0 = toks.partition_point(|t| t.span.start < b.end);
                    // ("Elmco said: “…,” adding that …": the introduction before it.)
                    let Some(a) = attribution::after(text, &toks[..here], k0, models) else {
                        let kb = toks.partition_point(|t| t.span.start < b.start);
                        let next = toks.get(k0).map(|t| &text[t.span.range()]);
                        let right_after = k0 == here || (next == Some(",") && k0 + 1 == here);
                        return (kb > 1 && w(text, toks, kb - 1) == ":" && right_after)
                            .then(|| attribution::before(text, &toks[..kb], kb, models))
                            .flatten()
                            .map(|a| (a.speaker, a.kind, here));
                    };
                    // Up to an apposition on the speaker ("said Jo Park, a former aide, referring to …").
                    (here.saturating_sub(a.end_tok) <= 18).then_some((a.speaker, a.kind, here))
                })
                .or_else(|| {
                    // "…, and she becomes upset, shouting …": the subject pronoun of the last
                    // coordinated clause.
                    let clause = (2..here.saturating_sub(1)).rev().find(|&k| {
                        matches!(w(text, toks, k - 1), "and" | "but")
                            && w(text, toks, k - 2) == ","
                            && matches!(w(text, toks, k), "he" | "she" | "they" | "we" | "I")
                            && (k + 1..here - 1).all(|j| w(text, toks, j) != ";")
                    });
                    clause.map(|k| (toks[k].span, SpeakerKind::Pronoun, here))
                })
                .or_else(|| {
                    let o = clause_opening(text, toks, here, models);
                    np_forward(text, toks, o, models).filter(|x| x.1 != SpeakerKind::Nominal || x.2 > o + 1).map(|x| {
                        // A noun phrase ends before a past-tense verb ("The two unions objected",
                        // "The mayor left no doubt", "The campaign sent out"), a finite
                        // auxiliary or a negated one ("Lund didn’t come out and say").
                        let verb = (o + 1..x.2).find(|&k| {
                            let y = w(text, toks, k);
                            (y.len() > 4 && y.ends_with("ed") && y.chars().all(char::is_lowercase))
                                || IRREGULAR_PAST.contains(&y)
                                || attribution::FINITE.contains(&y)
                                || between_word(&y.to_ascii_lowercase(), true) && y.contains(['\'', '’'])
                        });
                        let sp = verb.map_or(x.0, |k| Span::new(x.0.start, toks[k - 1].span.end));
                        (sp, x.1, here)
                    })
                })
        } else if let Some(m) = medium_before(text, toks, here, word, models) {
            // "The board released a statement saying …": the subject of the clause that put out
            // the statement.
            let det = (m.saturating_sub(4)..m)
                .rev()
                .find(|&k| DETERMINERS.contains(&w(text, toks, k).to_ascii_lowercase().as_str()));
            det.filter(|&d| d > 1 && w(text, toks, d - 1).chars().all(|c| c.is_ascii_lowercase()))
                .and_then(|d| speaker_before(text, toks, d - 1, models))
                .map(|x| (x.0, x.1, here))
        } else if let Some(x) = share_with_gerund(text, toks, here, word, models) {
            // "…, with 30 percent of voters saying they …": the share speaks.
            Some(x)
        } else if let Some(x) = with_gerund(text, toks, here, word, models) {
            // "…, with Sen. Ada Lind calling the toll a theft": the name after "with" speaks.
            Some(x)
        } else if word.ends_with("ing") {
            // Progressive: "Park is pointing to …", "officials were arguing that …".
            let mut b = here;
            // ("is once again questioning", "is now saying", "are still arguing").
            while b > 0 && {
                let x = w(text, toks, b - 1);
                (x.ends_with("ly") && x.len() > 4)
                    || matches!(x, "again" | "once" | "now" | "still" | "also" | "even" | "already" | "always" | "not")
            } {
                b -= 1;
            }
            // "He’s claiming …", "They're saying …": a subject pronoun with its contracted verb is
            // one token; the pronoun speaks.
            let contracted = (b > 0)
                .then(|| {
                    let x = w(text, toks, b - 1);
                    let (stem, verb) = x.split_once(['’', '\'']).unwrap_or((x, ""));
                    let pronoun = || {
                        let lower = stem.to_ascii_lowercase();
                        subject_pronoun(&lower) || lower == "it"
                    };
                    (matches!(verb, "s" | "re") && pronoun()).then(|| {
                        let t = toks[b - 1].span;
                        (Span::new(t.start, t.start + stem.len()), SpeakerKind::Pronoun, b - 1)
                    })
                })
                .flatten();
            // "Park is pointing to …", "Park has been saying …", "Park isn’t saying if …".
            let negated = |x: &str| {
                x.strip_suffix("n't")
                    .or_else(|| x.strip_suffix("n’t"))
                    .is_some_and(|stem| matches!(stem, "is" | "are" | "was" | "were"))
            };
            contracted.or_else(|| {
                (b > 0
                    && (matches!(w(text, toks, b - 1), "is" | "are" | "was" | "were" | "’s" | "'s" | "been")
                        || negated(w(text, toks, b - 1))))
                .then(|| speaker_before(text, toks, b - 1, models))
                .flatten()
            })
        } else if here > 1
            && w(text, toks, here - 1) == "to"
            && (matches!(
                models.cue_lemma(word),
                Some(
                    "say" | "call" | "declare" | "tell" | "announce" | "explain" | "insist" | "argue" | "warn" | "add"
                )
            ) || raising_verb(w(text, toks, here - 2))
                || carrier_verb(text, toks, here).is_some())
            && (cue_at(text, toks, here - 2, models).is_none()
                // "continues to insist …"
                || models.cue_lemma(&w(text, toks, here - 2).to_ascii_lowercase()) == Some("continue"))
            && !matches!(
                w(text, toks, here - 2),
                "is" | "was"
                    | "are"
                    | "were"
                    | "be"
                    | "expected"
                    | "likely"
                    | "unlikely"
                    | "going"
                    | "able"
                    | "supposed"
            )
        {
            // "He went on to say …", "took to Twitter to declare …": the clause's subject; the
            // subject right before a raising verb ("after he appeared to suggest …").
            let o = clause_opening(text, toks, here, models);
            let raised =
                (here > 2 && raising_verb(w(text, toks, here - 2)) && subject_pronoun(w(text, toks, here - 3)))
                    .then(|| (toks[here - 3].span, SpeakerKind::Pronoun, here - 3));
            raised
                .or_else(|| np_forward(text, toks, o, models))
                .filter(|x| {
                    let first = w(text, toks, o).to_ascii_lowercase();
                    x.2 < here - 1
                        && (x.1 != SpeakerKind::Nominal || x.2 > o + 1)
                        && !(first.ends_with("ing") || first.ends_with("ed") || first.ends_with("ly"))
                        && !PREPOSITIONS.contains(&first.as_str())
                        && !matches!(first.as_str(), "it" | "this" | "that" | "there" | "pretty" | "prior" | "given")
                })
                .map(|(sp, kind, e)| match carrier_verb(text, toks, here) {
                    // ("The senator goes on to slam …": the verb is no part of the subject.)
                    Some(g) if g > 0 && e > g && toks[g].span.start > sp.start => {
                        (Span::new(sp.start, toks[g - 1].span.end), kind, g)
                    }
                    _ => (sp, kind, e),
                })
        } else {
            speaker_before(text, toks, here, models)
                .or_else(|| coordinated_speaker(text, toks, here, out.last()))
                .map(|x| joint_subject(text, toks, x, models))
        };
        let study = matches!(models.cue_lemma(&word.to_ascii_lowercase()), Some("find" | "show")) && !gerund;
        let study_spk = if study { study_subject(text, toks, here, models) } else { None };
        let study = study_spk.is_some();
        let spk = study_spk.or(spk);
        let Some((sp, kind, sp_tok)) = spk else {
            continue;
        };
        if noun_reading(text, toks, here, sp, sp_tok, kind) {
            continue;
        }
        // "Militants attacked the convoy": armed attackers strike, they do not speak.
        if models.cue_lemma(&word.to_ascii_lowercase()) == Some("attack")
            && text[sp.range()].rsplit(' ').next().is_some_and(|h| ARMED.contains(&h.to_ascii_lowercase().as_str()))
        {
            continue;
        }
        // "a program called Harbour Watch", "a band called “Tidewater”": an indefinite noun
        // phrase before "called" is named, not speaking ("a reporter called it …", "a group
        // called for …" still report).
        if word == "called" && kind == SpeakerKind::Nominal && {
            let f = w(text, toks, sp_tok).to_ascii_lowercase();
            (f == "a" || f == "an")
                && c == 1
                && !toks.get(here + 1).is_some_and(|t| {
                    matches!(
                        &text[t.span.range()],
                        "for" | "on" | "upon" | "it" | "him" | "her" | "them" | "himself" | "herself"
                    )
                })
        } {
            continue;
        }
        // "…, said Jo Park, a historian.": an inverted attribution of the clause before it,
        // whose content is not what follows the cue.
        if !gerund && here > 0 && w(text, toks, here - 1) == "," {
            if let Some((_, SpeakerKind::Name, e)) = np_forward(text, toks, here + c, models) {
                if e >= n || matches!(w(text, toks, e), "," | "." | ";") {
                    continue;
                }
            }
        }
        // "A woman who has accused the mayor of theft said he should resign": the previous report
        // is a relative clause on this cue's subject, so its content ends before this cue.
        if let Some(last) = out.last_mut() {
            let relative = matches!(&text[last.attr.speaker.range()], "who" | "that")
                && sp.end <= last.attr.speaker.start
                && text[sp.end..last.attr.speaker.start].chars().all(|ch| ch == ',' || ch.is_whitespace());
            if relative {
                // (Without this cue's auxiliaries: "Sailors who told him so have since argued …".)
                let mut v = here;
                while v > sp_tok + 1 && between_word(&w(text, toks, v - 1).to_ascii_lowercase(), true) {
                    v -= 1;
                }
                let cut = toks[v].span.start;
                if last.content.start < cut && cut < last.content.end {
                    last.content = trim(text, Span::new(last.content.start, cut));
                }
            }
        }
        // A cue inside the previous content starts a new report only at a clause boundary
        // ("X said the plan failed, and his aide argued that …"); otherwise it is nested.
        if let Some(last) = out.last() {
            if toks[here].span.start < last.content.end {
                let boundary = sp_tok > 0
                    && (matches!(w(text, toks, sp_tok - 1), "," | ";" | "—" | "–" | "but" | "and" | "while")
                        // "…, although she tweeted that …": a concession with a report of its own.
                        || matches!(w(text, toks, sp_tok - 1), "although" | "though" | "then")
                        // "…, after she attacked …", but not a time inside the content ("came hours
                        // after Park proposed …").
                        || (w(text, toks, sp_tok - 1) == "after"
                            && sp_tok > 1
                            && !matches!(
                                w(text, toks, sp_tok - 2),
                                "hours" | "days" | "weeks" | "months" | "years" | "minutes" | "moments" | "right"
                                    | "shortly" | "soon" | "just" | "long" | "day" | "week" | "month" | "year"
                            )))
                    && toks[sp_tok - 1].span.start > last.content.start;
                if !boundary {
                    continue;
                }
                // "told police that sometime in the week that followed, he realized …": a comma
                // closing an opening phrase of the content leaves the cue inside it.
                let first =
                    w(text, toks, toks.partition_point(|t| t.span.start < last.content.start)).to_ascii_lowercase();
                if w(text, toks, sp_tok - 1) == ","
                    && (PREPOSITIONS.contains(&first.as_str())
                        || SUBORDINATORS.contains(&first.as_str())
                        || matches!(first.as_str(), "sometime" | "later" | "earlier" | "then" | "now" | "once"))
                {
                    continue;
                }
                let cut = trim(text, Span::new(last.content.start, toks[sp_tok - 1].span.start));
                let words = text[cut.range()].split_whitespace().count();
                // ("declined to comment and aides said …": an infinitive of two words will do.)
                if words < 3 && !(words == 2 && text[cut.range()].starts_with("to ")) {
                    continue;
                }
                out.last_mut().unwrap().content = cut;
            }
        }
        // "The argument would be aided, Lind said, by the new calendar", "It is his job, he
        // said, to tell the board": the clause before the attribution goes on past it.
        // ("The museum, Park said, …": the attribution stands between commas inside the clause.)
        // "The plan, Lund said on Monday, will fail": a day after the cue of an interrupting
        // attribution.
        // ("The office had “fully cooperated,” he said, and …": the comma may stand inside a
        // closing mark.)
        let mark_close = sp_tok > 2
            && matches!(w(text, toks, sp_tok - 1), "”" | "\"" | "’" | "''")
            && w(text, toks, sp_tok - 2) == ","
            && !in_quote(&mut 0, toks[sp_tok].span.start)
            // Not an attributed quotation's mark ("“…,” she said, adding, “…”").
            && !blocked.iter().any(|b| b.start <= toks[sp_tok - 1].span.start && toks[sp_tok - 1].span.start < b.end);
        let comma_after = |k: usize| {
            k + 1 < n
                && w(text, toks, k) == ","
                && sp_tok > 1
                && (mark_close || (w(text, toks, sp_tok - 1) == "," && !in_quote(&mut 0, toks[sp_tok - 1].span.start)))
        };
        let day = |k: usize| k < n && is_day_word(w(text, toks, k));
        let day_len = if day(here + c) {
            1
        } else if here + c < n && w(text, toks, here + c) == "on" && day(here + c + 1) {
            2
        } else {
            0
        };
        // "…, he said in an email, and would …": a short phrase after the cue, up to the comma.
        // ("in a statement", "in an interview afterward", "on Twitter"; not after a gerund:
        // "Cohn, writing in The Times, noticed …".)
        let medium = |x: &str| {
            is_day_word(x)
                || MEDIA.contains(&x.to_ascii_lowercase().as_str())
                || matches!(
                    x,
                    "e-mail"
                        | "call"
                        | "release"
                        | "report"
                        | "note"
                        | "afterward"
                        | "afterwards"
                        | "Twitter"
                        | "Facebook"
                        | "hearing"
                        | "meeting"
                        | "debate"
                        | "briefing"
                        | "rally"
                        | "session"
                )
        };
        // ("…, Lund explained earlier in the committee hearing, were …": "earlier" or "later"
        // may open the phrase.)
        let p0 = here + c + usize::from(here + c < n && matches!(w(text, toks, here + c), "earlier" | "later"));
        let phrase_len =
            if p0 < n && matches!(w(text, toks, p0), "in" | "on" | "at" | "during") && !word.ends_with("ing") {
                (p0 + 2..n.min(p0 + 6))
                    .find(|&k| w(text, toks, k) == ",")
                    .filter(|&k| {
                        (p0 + 1..k).all(|j| {
                            toks[j].kind == TokenKind::Word && (j + 1 == k || cue_at(text, toks, j, models).is_none())
                        }) && medium(w(text, toks, k - 1))
                            && (p0 == here + c || matches!(w(text, toks, p0), "in" | "at" | "during"))
                    })
                    .map_or(0, |k| k - here - c)
            } else {
                0
            };
        // ("The solution, the partner told them, was simple": a pronoun listener of "told".)
        let told_pronoun = here + c + 1 < n
            && matches!(word, "told" | "tells" | "tell")
            && matches!(w(text, toks, here + c), "him" | "her" | "them" | "me" | "us");
        let cue_end = if comma_after(here + c + day_len) {
            here + c + day_len
        } else if told_pronoun && comma_after(here + c + 1) {
            here + c + 1
        } else if phrase_len > 0 && comma_after(here + c + phrase_len) {
            here + c + phrase_len
        } else {
            here + c
        };
        let between_commas = comma_after(cue_end);
        let goes_on = between_commas
            && matches!(w(text, toks, cue_end + 1), "by" | "to" | "for" | "of" | "from" | "because" | "than" | "into");
        let Some(j) = content_start(text, toks, here, cue_end, models, study).or(goes_on.then_some(cue_end + 1)) else {
            continue;
        };
        // "Berg told the Gazette when asked about the pier.": the question is the report.
        if j > 0 && w(text, toks, j - 1).eq_ignore_ascii_case("when") && w(text, toks, j) == "asked" {
            continue;
        }
        // "The memo, written by an aide, warned that …", "Lund, writing in the Gazette, argued
        // that …": a participle opening an aside is not the cue of the content after the
        // clause's own cue.
        if here > 0
            && w(text, toks, here - 1) == ","
            && ["ing", "en", "wn"].iter().any(|s| word.ends_with(s))
            && (here + c + 1..j).any(|k| {
                w(text, toks, k - 1) == ","
                    && !w(text, toks, k).ends_with("ing")
                    && cue_at(text, toks, k, models).is_some()
            })
        {
            continue;
        }
        // "“…,” Lind said, and soon the crowd left": after the attribution of a direct quote, a
        // clause opened by a coordinator is the writer's.
        if j > 0
            && w(text, toks, j - 1) == ","
            && matches!(w(text, toks, j), "and" | "but" | "or" | "so" | "then")
            && blocked.iter().any(|b| {
                b.end <= toks[sp_tok].span.start
                    && text[b.end..toks[sp_tok].span.start].chars().all(|ch| ch.is_whitespace() || ch == ',')
            })
        {
            continue;
        }
        // "The company, in a statement, said it would appeal": a medium phrase before the
        // clause's own cue is that cue's circumstance, not a cue of its own.
        if c > 1 && w(text, toks, here).eq_ignore_ascii_case("in") && cue_at(text, toks, j, models).is_some() {
            continue;
        }
        // "The strong jobs report has cleared the way": a content opens with a finite verb only
        // when the cue stands in a relative clause whose gap it fills ("the changes, which
        // officials said will start …", "what she said is …"), never after a speaker opening
        // the sentence (but "Park said that was wrong": "that" is the content's subject), nor
        // after a quantifier the cue takes as its object ("Everything Lund says is a lie").
        let object_gap = sp_tok > 0
            && matches!(
                w(text, toks, sp_tok - 1).to_ascii_lowercase().as_str(),
                "everything" | "anything" | "nothing" | "something"
            );
        if (sp_tok == 0 || object_gap)
            && j <= here + c + 1
            && FINITE.contains(&w(text, toks, j))
            && w(text, toks, j - 1) != "that"
        {
            continue;
        }
        // The content runs to the clause end, or to a following ", <gerund cue>".
        let mut end_tok = cuts[j];
        // A finding goes on past ", with …" ("showed a tie, with Park ahead among …").
        while study && end_tok + 1 < n && w(text, toks, end_tok) == "," && w(text, toks, end_tok + 1) == "with" {
            end_tok = cuts[end_tok + 1];
        }
        // "said the ruling, which struck down the law, shows …": a relative clause inside the
        // content's subject is not its end; after a content of fewer than seven words, neither
        // is a closing "which" clause ("said she backed the levy, which cost millions").
        while end_tok + 1 < n
            && w(text, toks, end_tok) == ","
            && matches!(w(text, toks, end_tok + 1), "which" | "who" | "whose")
            && (j..end_tok).filter(|&k| toks[k].kind == TokenKind::Word).count()
                < if w(text, toks, end_tok + 1) == "which" { 7 } else { 3 }
        {
            end_tok = cuts[end_tok + 1];
        }
        // A content inside a relative or subordinate clause ("Park, who said …, left";
        // "While Park said …, others …") ends at that clause's comma; so does a noun phrase
        // object ("endorsed Park, the first …").
        let lemma = if c > 1 {
            text[attribution::cue_span(toks, here, c).range()].to_ascii_lowercase()
        } else {
            models.cue_lemma(&word.to_ascii_lowercase()).unwrap_or("").to_string()
        };
        // "asked Park about the levy": what was asked about is a noun-phrase object too.
        let asked_about = (lemma == "ask" && j > here + c && w(text, toks, j - 1) == "about")
            || (lemma == "express" && j > here + c && w(text, toks, j) != "that");
        // "warned of ferry cuts", "talked about Park", "railed against it": a cue phrase ending
        // in a preposition takes a noun phrase, which may be one word.
        // ("commented on the delay"; not "called on", whose listener takes an infinitive.)
        let prepositional = c > 1
            && ([" about", " of", " against", " at", " behind"].iter().any(|p| lemma.ends_with(p))
                || (lemma.ends_with(" on") && !TO_CONTENT.contains(&lemma.as_str())))
            && j == here + c;
        let object = ((NOMINAL_OBJECT_CUES.contains(&lemma.as_str())
            || OTHER_OBJECT_CUES.contains(&lemma.as_str())
            || lemma == "referring to")
            && j == here + c)
            || asked_about;
        // "mentions Ada Walton, the one clerk whose fine Lind waived": a name object keeps its
        // closing apposition.
        let name_object =
            |k: usize| object && k > j && (j..k).all(|i| attribution::is_cap(text, toks, i) || w(text, toks, i) == ".");
        if end_tok + 1 < n
            && w(text, toks, end_tok) == ","
            && name_object(end_tok)
            && closing_apposition(text, toks, end_tok)
        {
            end_tok = cuts[end_tok + 1];
        }
        // "The four “loopholes” he cited are …": a finite verb right after a cue that takes a
        // noun-phrase object belongs to the clause around a relative one, not to a content.
        if object && FINITE.contains(&w(text, toks, j)) {
            continue;
        }
        // ("who's said": a relative pronoun contracted with its auxiliary opens the clause too.)
        let opener = w(text, toks, sp_tok).split(['’', '\'']).next().unwrap_or_default().to_ascii_lowercase();
        let subordinate = (matches!(opener.as_str(), "who" | "which")
            || (sp_tok > 0
                && matches!(
                    w(text, toks, sp_tok - 1).to_ascii_lowercase().as_str(),
                    "while"
                        | "though"
                        | "although"
                        | "when"
                        | "because"
                        | "if"
                        | "as"
                        | "since"
                        | "whereas"
                        | "after"
                        | "before"
                        | "unless"
                )));
        // "While he has said he believes …, he …", "In a year in which voters say …, allies
        // …": a cue inside a sentence-opening subordinate clause, with no comma before it, has
        // a content ending at that clause's comma.
        let fronted = here > 1 && {
            // ("And while a poll showed …, the race …": after a sentence-opening conjunction.)
            let f0 = usize::from(matches!(w(text, toks, 0), "And" | "But" | "Yet") && here > 2);
            let first = w(text, toks, f0).to_ascii_lowercase();
            let clause = SUBORDINATORS.contains(&first.as_str())
                || matches!(first.as_str(), "as" | "whether" | "unless")
                || (first == "even" && matches!(w(text, toks, f0 + 1), "as" | "though"))
                || (PREPOSITIONS.contains(&first.as_str())
                    && (2..here).any(|k| {
                        matches!(w(text, toks, k), "which" | "whom") && PREPOSITIONS.contains(&w(text, toks, k - 1))
                    }));
            clause && !(1..here).any(|k| matches!(w(text, toks, k), "," | "—" | "–" | "--" | ";" | ":"))
        };
        let subordinate = subordinate || fronted;
        // "The changes, which officials said will start in May, will not apply …": a relative
        // clause with a subject of its own ends where the main clause's verb resumes.
        let relative_subject = sp_tok > 0 && matches!(w(text, toks, sp_tok - 1), "which" | "whom");
        if relative_subject && !object && !subordinate {
            let verb = |x: &str| finite_or_past(x) && x.chars().all(|c| c.is_ascii_lowercase());
            let mut qj = 0;
            if let Some(k) = (j + 1..end_tok).find(|&k| {
                w(text, toks, k) == ","
                    && k + 1 < n
                    && (verb(w(text, toks, k + 1))
                        || (k + 2 < n && attribution::is_adverb(w(text, toks, k + 1)) && verb(w(text, toks, k + 2))))
                    && !in_quote(&mut qj, toks[k].span.start)
            }) {
                end_tok = k;
            }
        }
        // "called him a “nice guy” and questioned …", "backed the plan and has said …", "rejected
        // the charges and accused …": a second predicate of the speaker after a noun-phrase
        // object (not after "called", whose complement may be a pair: "called it rushed and
        // fabricated by …").
        if object {
            let mut qj = 0;
            if let Some(k) = (j + 1..end_tok).find(|&k| {
                w(text, toks, k) == "and"
                    && k + 1 < end_tok
                    // Not inside a relative clause ("the man who lacks … and has attacked …").
                    // (A demonstrative "that" opening the object is no relative pronoun.)
                    && !(j + usize::from(w(text, toks, j) == "that")..k)
                        .any(|i| matches!(w(text, toks, i), "who" | "which" | "that"))
                    && (opens_second_predicate(w(text, toks, k + 1), if k + 2 < n { w(text, toks, k + 2) } else { "" })
                        || (lemma != "call" && parallel_predicate(text, toks, here, j, k + 1)))
                    && !in_quote(&mut qj, toks[k].span.start)
            }) {
                end_tok = k;
            }
        }
        // "said the ferry is safe; the pier is not": a semicolon before a new clause (a
        // capitalised word, a number, a pronoun, "the", "that", "there") ends the content; before a
        // list item or a verb ("; helped marshal …; and put …") it goes on.
        {
            let mut qj = 0;
            let clause_after = |k: usize| {
                k + 1 < n && {
                    let x = w(text, toks, k + 1);
                    toks[k + 1].kind == TokenKind::Number
                        || x.starts_with(char::is_uppercase)
                        || matches!(x, "the" | "that" | "it" | "this" | "there" | "he" | "she" | "they" | "we")
                        // "that’s" and "it’s" are one token.
                        || ["that’", "it’", "that'", "it'"].iter().any(|p| x.starts_with(p))
                }
            };
            if let Some(k) = (j + 1..end_tok)
                .find(|&k| w(text, toks, k) == ";" && clause_after(k) && !in_quote(&mut qj, toks[k].span.start))
            {
                end_tok = k;
            }
        }
        if object || subordinate {
            let mut qj = 0;
            // "accused Tom Berg, who was born in Elm, of lying", "accused the port's chief, Tom
            // Berg, of …": an aside on the object, then the charge's "of" or "for".
            let charge = matches!(
                lemma.as_str(),
                "accuse"
                    | "blame"
                    | "praise"
                    | "criticize"
                    | "thank"
                    | "credit"
                    | "congratulate"
                    | "chide"
                    | "rebuke"
                    | "laud"
                    | "applaud"
                    | "attack"
            );
            let charge_comma = |k: usize| {
                charge
                    && k + 1 < n
                    && w(text, toks, k) == ","
                    && (matches!(w(text, toks, k + 1), "of" | "for")
                        || (k + 2..n.min(k + 16))
                            .take_while(|&i| toks[i].kind == TokenKind::Word || w(text, toks, i) == ",")
                            .find(|&i| w(text, toks, i) == ",")
                            .is_some_and(|c| c + 1 < n && matches!(w(text, toks, c + 1), "of" | "for")))
            };
            if let Some(k) = (j + 1..end_tok).find(|&k| {
                matches!(w(text, toks, k), "," | "—" | "–" | "--" | "(" | ";")
                    && !charge_comma(k)
                    && !in_quote(&mut qj, toks[k].span.start)
                    // "cited several factors, including …": the object's examples go on; a date's
                    // comma ends nothing.
                    && !(date_comma(text, toks, k)
                        || (object && w(text, toks, k) == "," && k + 1 < n && w(text, toks, k + 1) == "including")
                        || party_parenthesis(text, toks, k)
                        || (name_object(k) && closing_apposition(text, toks, k)))
                    || (object && w(text, toks, k) == "-" && toks[k].span.start > toks[k - 1].span.end)
            }) {
                // "questioned Park's tactics, his judgment and his worldview": a list goes on.
                end_tok = if object && !matches!(opener.as_str(), "who" | "which") && w(text, toks, k) == "," {
                    object_list_end(text, toks, j, k, end_tok, models).unwrap_or(k)
                } else {
                    k
                };
            } else if subordinate {
                // "Lund, who has called the plan ''deeply flawed,'' portrayed …": the clause's
                // comma inside a closing mark, then the main clause's verb.
                let mark = |k: usize| matches!(w(text, toks, k), "''" | "'" | "”" | "\"" | "’");
                let cut = (j + 1..end_tok.saturating_sub(2)).find(|&k| {
                    let mut m = k + 1;
                    while m < end_tok && m < k + 3 && mark(m) {
                        m += 1;
                    }
                    w(text, toks, k) == ","
                        && m > k + 1
                        && m < end_tok
                        && finite_or_past(w(text, toks, m))
                        && w(text, toks, m).chars().all(|c| c.is_ascii_lowercase())
                });
                if let Some(k) = cut {
                    end_tok = (k + 1..end_tok).find(|&m| !mark(m)).unwrap_or(end_tok);
                }
            }
        }
        // "cited the figure at a forum", "attacked Park during the debate": a place or time
        // after a noun-phrase object is the cue's circumstance (other prepositions, "in" and
        // "for" above all, more often finish the object in news text); so is a concessive or
        // conditional clause ("backed the bill despite …", "would oppose Park if …") and a
        // second predicate after "but" ("endorsed Park but is not …"). "because", "after" and
        // "before" stay: the gold takes them as often as not.
        let nominal_object = NOMINAL_OBJECT_CUES.contains(&lemma.as_str()) || asked_about;
        if object && nominal_object && w(text, toks, j) != "to" {
            let mut qj = 0;
            if let Some(k) = (j + 1..end_tok).find(|&k| {
                matches!(
                    w(text, toks, k),
                    "at" | "during" | "but" | "if" | "when" | "despite" | "while" | "although" | "though" | "unless"
                ) && !in_quote(&mut qj, toks[k].span.start)
                    // "expressed doubts about Park because of …": the reason is the speaker's.
                    || (lemma == "express" && w(text, toks, k) == "because")
                    // "blasted Park as a “disgrace” Wednesday on The Elm Show": a day before a
                    // circumstance is the cue's.
                    || (k > j
                        && crate::calendar::is_weekday(w(text, toks, k))
                        && !DETERMINERS.contains(&w(text, toks, k - 1))
                        && !PREPOSITIONS.contains(&w(text, toks, k - 1))
                        && !matches!(w(text, toks, k - 1), "last" | "next" | "this" | "since" | "until")
                        && {
                            let part = k + 1 < n
                                && matches!(w(text, toks, k + 1), "night" | "morning" | "afternoon" | "evening");
                            let m = k + 1 + usize::from(part);
                            m < n && matches!(w(text, toks, m), "on" | "at" | "in" | "during")
                        })
                    // "asked Park about the levy and left": the asker's second predicate.
                    || (asked_about
                        && w(text, toks, k) == "and"
                        && k + 1 < end_tok
                        && w(text, toks, k + 1).ends_with("ed")
                        && w(text, toks, k + 1).chars().all(|c| c.is_ascii_lowercase()))
            }) {
                end_tok = k;
            }
            // "attacked Park in a late-night tweet", "endorsed Park in early June": a closing
            // "in" phrase naming a medium or a date is the cue's too.
            if let Some(k) =
                (j + 1..end_tok).find(|&k| w(text, toks, k) == "in" && closing_in_phrase(text, toks, k, end_tok))
            {
                end_tok = k;
            }
        }
        // "signaled willingness to talk but has been met with …", "urged allies to spend more but
        // has said …": a content with no verb of its own (a noun phrase or an infinitive) has no
        // subject to carry "but has|is|will …"; that second predicate is the speaker's.
        if let Some(k) = (j + 1..end_tok.saturating_sub(1)).find(|&k| {
            w(text, toks, k) == "but"
                && matches!(w(text, toks, k + 1), "has" | "have" | "had" | "is" | "was" | "will" | "would")
        }) {
            // (A past participle opening the content or after a determiner is an adjective:
            // "allied ports", "the elected board".)
            let verb = |i: usize| {
                let x = w(text, toks, i);
                FINITE.contains(&x)
                    || matches!(x, "do" | "does" | "did" | "are" | "am")
                    || (past_form(x) && i > j && !DETERMINERS.contains(&w(text, toks, i - 1)))
                    || subject_pronoun(x)
                    || x.contains(['’', '\''])
            };
            let verbless = !(j..k).any(verb);
            if verbless {
                end_tok = k;
            }
        }
        // "One reason Berg refuses to release his returns may be that …": an infinitive content
        // ends before a finite verb that no subordinate clause inside it explains; that verb is
        // the sentence's own ("to offset the coal he is mining" and "to act should he win" go on).
        if w(text, toks, j) == "to" {
            let pronoun =
                |i: usize| subject_pronoun(w(text, toks, i)) || matches!(w(text, toks, i), "it" | "you" | "there");
            if let Some(k) = (j + 2..end_tok)
                .take_while(|&i| {
                    // (Nor inside a quotation: "to be “the best master the town has seen” …".)
                    let x = w(text, toks, i);
                    !opens_quote(text, toks, i)
                        && !matches!(x, "”" | "’")
                        && !SUBORDINATORS.contains(&x)
                        && !matches!(
                            x,
                            "that"
                                | "which"
                                | "who"
                                | "whom"
                                | "whose"
                                | "where"
                                | "what"
                                | "how"
                                | "whether"
                                | "as"
                                | "than"
                                | "so"
                                | "and"
                                | "or"
                                | "but"
                                | ","
                                | ";"
                                | ":"
                                | "("
                                | "—"
                                | "–"
                                | "--"
                        )
                })
                .find(|&i| FINITE.contains(&w(text, toks, i)))
                .filter(|&k| !(pronoun(k - 1) || (k + 1 < n && pronoun(k + 1))))
            {
                end_tok = k;
            }
        }
        // "endorsed Park on Friday", "attacked Park last week": a time phrase closing a noun-phrase
        // object is the cue's.
        if object {
            let mut e = end_tok;
            let last = |e: usize| e.checked_sub(1).map(|k| w(text, toks, k));
            if last(e).is_some_and(|x| x == ".") {
                e -= 1;
            }
            // Not after another preposition: "promised to publish it by Friday".
            let period = e > j + 1
                && last(e).is_some_and(|x| matches!(x, "week" | "month" | "year" | "weekend" | "night"))
                && matches!(w(text, toks, e - 2), "last" | "this");
            if e > j + 1 && (last(e).is_some_and(is_day_word) || period) {
                let before = w(text, toks, e - 2);
                if matches!(before, "on" | "last" | "this") {
                    if e - 2 > j {
                        end_tok = e - 2;
                    }
                } else if !PREPOSITIONS.contains(&before) && !matches!(before, "until" | "since" | "till" | "next") {
                    end_tok = e - 1;
                }
            }
        }
        let to = if end_tok == n { clause_end } else { toks[end_tok].span.start };
        let cue = attribution::cue_span(toks, here, c);
        // "But don't expect …": a sentence-opening conjunction before an imperative is no
        // speaker; the report stays, with none.
        let sp = if matches!(&text[sp.range()], "But" | "And" | "Yet" | "So" | "Or") {
            Span::new(cue.start, cue.start)
        } else {
            sp
        };
        let attr = Attribution { speaker: sp, kind, cue, end_tok: here + c };
        let conf = confidence(text, toks, here, kind, models) - if gerund { 0.05 } else { 0.0 };
        // A noun-phrase object may be one or two words ("endorsed Park", "rejected the plan"),
        // but not after "called" (naming: "a firm called Nordwind"), a negated cue, "which",
        // "that" or a time word as speaker ("which has endorsed Park" is a description), nor an
        // adverb, a lone adjective or a question word ("described how"). After ", who" it may
        // ("Lund, who endorsed Park, …": the gold marks such stances as often as not, and
        // counting them gains on train), but not in a restrictive clause ("Delegates who
        // endorsed Park left") nor what "who asked about" names.
        let first = w(text, toks, j);
        let adverb = first.ends_with("ly") && first.len() > 4;
        // ("did not mention Berg": what is left unmentioned is still reported.)
        let negated = here > 0 && matches!(w(text, toks, here - 1), "not" | "n't" | "never") && lemma != "mention";
        let described = matches!(opener.as_str(), "which" | "that")
            || (opener == "who" && (asked_about || sp_tok == 0 || w(text, toks, sp_tok - 1) != ","))
            || is_time_word(&text[sp.range()]);
        let odd_object = adverb || matches!(first, "new" | "old" | "how" | "what" | "why" | "who" | "whether");
        // "called him “unhinged”", "called himself pro-choice": a pronoun or a quoted label
        // after "call" is a naming report, unlike "a firm called Nordwind".
        let call_label = lemma == "call"
            && (matches!(
                first,
                "him" | "her" | "them" | "it" | "himself" | "herself" | "themselves" | "itself" | "me" | "us"
            ) || (j + 1..end_tok.min(j + 4)).any(|k| opens_quote(text, toks, k)));
        let short_ok = object && (lemma != "call" || call_label) && !negated && !described && !odd_object;
        // "The museum, Park said, would open in May": the clause before the attribution is
        // the content's first part, so the rest may be short ("…, the partner said, was simple").
        let interrupted = between_commas && out.last().is_none_or(|l| l.content.end <= toks[0].span.start);
        // "Flake said he would.", "46 percent said yes", "26 percent said the same": an
        // elliptical answer is a whole content.
        let stop = |k: usize| k >= n || matches!(w(text, toks, k), "." | "," | ";" | "!" | "?");
        let elliptical = {
            let x = w(text, toks, j);
            let y = if j + 1 < n { w(text, toks, j + 1) } else { "" };
            (matches!(x, "yes" | "no") && stop(j + 1))
                || (x == "the" && y == "same" && stop(j + 2))
                || (matches!(x, "he" | "she" | "they" | "it" | "we" | "I")
                    && matches!(
                        y,
                        "would"
                            | "will"
                            | "did"
                            | "does"
                            | "do"
                            | "is"
                            | "was"
                            | "has"
                            | "had"
                            | "could"
                            | "can"
                            | "should"
                    )
                    && (stop(j + 2) || (matches!(w(text, toks, j + 2), "not" | "n't") && stop(j + 3))))
        };
        // "Berg said he agreed.", "The company said sales fell.": a two-word clause, a subject
        // and its past verb.
        let two_word_clause =
            j + 2 <= n && toks[j].kind == TokenKind::Word && toks[j + 1].kind == TokenKind::Word && stop(j + 2) && {
                let x = w(text, toks, j);
                let y = w(text, toks, j + 1);
                (subject_pronoun(x)
                    || matches!(x, "it" | "you")
                    || x.len() > 2
                        && x.chars().all(|c| c.is_ascii_lowercase())
                        && !PREPOSITIONS.contains(&x)
                        && !FINITE.contains(&x)
                        && !matches!(x, "the" | "a" | "an" | "this" | "that" | "so" | "not" | "and" | "or"))
                    && y.chars().all(|c| c.is_ascii_lowercase())
                    && (past_form(y)
                        // "said it works": a present verb after "he", "she" or "it".
                        || matches!(x, "he" | "she" | "it") && y.len() > 3 && y.ends_with('s') && !y.ends_with("ss"))
            };
        // "urged him to resign", "asked voters to wait": an infinitive after a listener.
        let listener_infinitive = j > here + c
            && w(text, toks, j) == "to"
            && matches!(lemma.as_str(), "urge" | "ask" | "warn" | "advise" | "remind" | "encourage");
        let min_words = if call_label || two_word_clause || listener_infinitive {
            2
        } else if short_ok || interrupted || elliptical || prepositional {
            1
        } else {
            3
        };
        // "pledged to “…" where the quotation is another quote's: no infinitive is left.
        let made = make(toks[j].span.start, to, attr, conf, min_words).filter(|r| &text[r.content.range()] != "to");
        if let Some(mut r) = made {
            if interrupted {
                // "As the port grows, a waterway …, it is his job, he said, to …": the lead is the
                // main clause after the last comma or dash when that clause has a finite verb.
                let comma = sp_tok - 1 - usize::from(mark_close);
                let from = (1..comma)
                    .rev()
                    .find(|&k| matches!(w(text, toks, k), "," | "—" | "–" | "--" | "-"))
                    .filter(|&k| {
                        comma - k > 3
                            && (k + 1..comma).any(|i| FINITE.contains(&w(text, toks, i)))
                            && !in_quote(&mut 0, toks[k].span.start)
                    })
                    .map_or(0, |k| k + 1);
                let lead_end = if mark_close { toks[sp_tok - 1].span.end } else { toks[sp_tok - 1].span.start };
                let lead = trim(text, Span::new(toks[from].span.start, lead_end));
                if !lead.is_empty() && blocked_from(lead.start).is_none_or(|b| b.start >= lead.end) {
                    r.lead = Some(lead);
                }
            }
            out.push(r);
            v = j;
        }
    }
    if let Some(r) = opening_gerund(text, toks, models, quoted, blocked) {
        if out.iter().all(|o| o.content.end <= r.content.start || o.content.start >= r.content.end) {
            out.insert(0, r);
        }
    }
    let later = quoted_as(text, toks, models, quoted, blocked).into_iter();
    for r in later.chain(labelled_as(text, toks, models, quoted, blocked)) {
        if out.iter().all(|o| o.content.end <= r.content.start || o.content.start >= r.content.end) {
            let at = out.partition_point(|o| o.content.start < r.content.start);
            out.insert(at, r);
        }
    }
    out
}

/// "Lund openly reveres Berg as a “harbour hero,”", "Lund has been branding Berg as a “pier
/// wrecker”", "Lund is describing as “careless” …": a verb, its object and "as" before a
/// quotation label the object in the quotation's words. The subject before the verb speaks;
/// the content runs from the object (or from "as" when there is none) to the closing mark.
/// Quotations another report or direct quote already holds are left alone.
fn labelled_as(text: &str, toks: &[Token], models: &Models, quoted: &[Span], blocked: &[Span]) -> Vec<Reported> {
    let mut out = Vec::new();
    for q in quoted {
        // The opening mark's token, then "as" and an optional article before it.
        let mut m = toks.partition_point(|t| t.span.start < q.start);
        while m > 0 && matches!(w(text, toks, m - 1), "“" | "\"" | "''" | "‘") {
            m -= 1;
        }
        if m < 2 || m >= toks.len() {
            continue;
        }
        let a = if matches!(w(text, toks, m - 1), "a" | "an" | "the") { m - 2 } else { m - 1 };
        if a < 1 || w(text, toks, a) != "as" {
            continue;
        }
        // (A quotation of more than twenty words is a quote of its own, or marks paired wrongly;
        // one a direct quote holds is that quote's. Checked after "as": a long quotation spans
        // many sentences, and each would count its words.)
        if text[q.range()].split_whitespace().nth(20).is_some()
            || blocked.iter().any(|b| b.start < q.end && q.start < b.end)
        {
            continue;
        }
        let verb_like = |k: usize| {
            let x = w(text, toks, k);
            toks[k].kind == TokenKind::Word
                && x.len() > 3
                && x.chars().all(|c| c.is_ascii_lowercase())
                && (x.ends_with("ed") || x.ends_with("ing") || x.ends_with('s'))
                && !PREPOSITIONS.contains(&x)
                && !FINITE.contains(&x)
                && !matches!(x, "known" | "such" | "well" | "things" | "seen" | "serves" | "served" | "serving")
        };
        // "describing as “…”": no object; otherwise the nearest verb before "as" past an object
        // of up to eight words ("heralded the deal with Elmco as", "rated 30% of Berg's claims
        // as": a noun after a possessive, a number or a determiner is no verb).
        let plain =
            |k: usize| toks[k].kind != TokenKind::Punctuation || matches!(w(text, toks, k), "%" | "'s" | "’s" | "$");
        let after_noun_marker = |k: usize| {
            k > 0
                && (DETERMINERS.contains(&w(text, toks, k - 1).to_ascii_lowercase().as_str())
                    || matches!(w(text, toks, k - 1), "'s" | "’s" | "%")
                    || toks[k - 1].kind == TokenKind::Number)
        };
        let Some(v) = (a.saturating_sub(9)..a)
            .rev()
            .take_while(|&k| plain(k) && !FINITE.contains(&w(text, toks, k)))
            .find(|&k| verb_like(k) && !after_noun_marker(k))
        else {
            continue;
        };
        let from = v + 1;
        // Without an object ("described as “…”") only a cue of labelling or describing, never
        // a passive ("were designated as", "is seen as"; "is describing as" is none) nor a
        // plural noun ("Democratic claims as").
        let passive = |k: usize| {
            (k.saturating_sub(3)..k).rev().take_while(|&i| toks[i].kind == TokenKind::Word).any(|i| {
                matches!(w(text, toks, i), "is" | "are" | "was" | "were" | "been" | "be" | "being" | "’s" | "'s")
            })
        };
        if from == a
            && (models.cue_lemma(w(text, toks, v)).is_none()
                || w(text, toks, v).ends_with('s')
                || (passive(v) && !w(text, toks, v).ends_with("ing")))
        {
            continue;
        }
        // The clause's subject, before any auxiliaries and adverbs ("Lind has been steadily
        // branding …", "Lund openly reveres …").
        const HELPERS: &[&str] =
            &["is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "would", "also", "still", "now"];
        let helper = |x: &str| HELPERS.contains(&x) || (x.len() > 4 && x.ends_with("ly") && attribution::is_adverb(x));
        let mut s0 = v;
        while s0 > 0 && helper(w(text, toks, s0 - 1)) {
            s0 -= 1;
        }
        let Some((speaker, kind, _)) = speaker_before(text, toks, s0, models) else { continue };
        let content = Span::new(toks[from].span.start, q.end);
        let attr = Attribution { speaker, kind, cue: toks[v].span, end_tok: v + 1 };
        out.push(Reported { content, lead: None, attr, confidence: 0.4 });
    }
    out
}

/// "The Gazette quoted Lund as saying (that) …", "Lund was quoted by the Gazette as saying …":
/// the person quoted speaks, and the content runs from after "as saying" to the sentence's end.
fn quoted_as(text: &str, toks: &[Token], models: &Models, quoted: &[Span], blocked: &[Span]) -> Option<Reported> {
    let n = toks.len();
    let k = (1..n).find(|&k| w(text, toks, k) == "quoted")?;
    let a =
        (k + 1..n.min(k + 10)).find(|&j| j + 1 < n && w(text, toks, j) == "as" && w(text, toks, j + 1) == "saying")?;
    let (sp, kind) = if w(text, toks, k + 1) == "by" {
        // The passive's subject ("was quoted by …").
        speaker_before(text, toks, k, models).map(|x| (x.0, x.1))?
    } else {
        // The object up to "as": a name, or a plain phrase of up to six words ("a senior
        // official").
        match np_forward(text, toks, k + 1, models) {
            Some((sp, kind, e)) if e == a => (sp, kind),
            _ if a > k + 1
                && a - k <= 7
                && (k + 1..a).all(|j| toks[j].kind == TokenKind::Word && !FINITE.contains(&w(text, toks, j))) =>
            {
                (Span::new(toks[k + 1].span.start, toks[a - 1].span.end), SpeakerKind::Nominal)
            }
            _ => return None,
        }
    };
    let mut from = a + 2;
    if from < n && w(text, toks, from) == "that" {
        from += 1;
    }
    let inside = |pos: usize| quoted.iter().chain(blocked).any(|q| q.start <= pos && pos < q.end);
    if from >= n || toks[from].kind != TokenKind::Word || inside(toks[from].span.start) {
        return None;
    }
    // Up to a semicolon, a new clause after ", and"/", but", or the sentence's closing stop.
    let end = (from + 1..n)
        .find(|&j| {
            matches!(w(text, toks, j), ";" | "—" | "–")
                || (w(text, toks, j) == "," && j + 1 < n && matches!(w(text, toks, j + 1), "and" | "but"))
                || (j + 1 == n && matches!(w(text, toks, j), "." | "!" | "?"))
        })
        .map_or(toks[n - 1].span.end, |j| toks[j].span.start);
    let content = trim(text, Span::new(toks[from].span.start, end));
    if content.is_empty() || sp.is_empty() {
        return None;
    }
    let attr = Attribution { speaker: sp, kind, cue: toks[k].span, end_tok: a + 2 };
    Some(Reported { content, lead: None, attr, confidence: 0.5 })
}

/// "Noting that the ferry was late, Lund …", "Citing the costs, the board …": a sentence
/// opening with a gerund cue reports for the main clause's subject after the comma; the
/// content runs from the cue (after "that") to that comma. Cues of speaking or writing
/// themselves ("Speaking at the rally,", "Writing in the Post,") set a scene instead, and so
/// does a content opening with a preposition.
fn opening_gerund(text: &str, toks: &[Token], models: &Models, quoted: &[Span], blocked: &[Span]) -> Option<Reported> {
    let n = toks.len();
    let first = w(text, toks, 0);
    if !(first.len() > 5 && first.ends_with("ing") && attribution::is_cap(text, toks, 0)) {
        return None;
    }
    let c = cue_at(text, toks, 0, models)?;
    let lemma = models.cue_lemma(&first.to_ascii_lowercase())?;
    if matches!(
        lemma,
        "speak" | "talk" | "write" | "tweet" | "post" | "according" | "ask" | "answer" | "call" | "report" | "point"
    ) {
        return None;
    }
    let mut from = c;
    if from < n && w(text, toks, from) == "that" {
        from += 1;
    }
    if from >= n || PREPOSITIONS.contains(&w(text, toks, from)) || w(text, toks, from) == "," {
        return None;
    }
    let inside = |pos: usize| quoted.iter().chain(blocked).any(|q| q.start <= pos && pos < q.end);
    // (A comma just inside a closing mark ends the phrase too: "…, “an entry-level job,” Will …".)
    let closes = |k: usize| k + 1 < n && matches!(w(text, toks, k + 1), "”" | "\"" | "''" | "’");
    let comma = (from + 1..n.min(from + 40))
        .find(|&k| w(text, toks, k) == "," && (!inside(toks[k].span.start) || closes(k)))?;
    let subject = if closes(comma) { comma + 2 } else { comma + 1 };
    // The main clause: a short subject, then a lowercase word (its verb).
    let (mut sp, kind, mut e) = np_forward(text, toks, subject, models)?;
    // A noun phrase ends before a past or -ing form ("the party began spending money").
    if kind == SpeakerKind::Nominal {
        let verbish = |k: usize| {
            let x = w(text, toks, k);
            x.len() > 3
                && x.chars().all(|ch| ch.is_ascii_lowercase())
                && (x.ends_with("ed") || x.ends_with("ing") || IRREGULAR_PAST.contains(&x))
        };
        if let Some(k) = (subject + 2..e).find(|&k| verbish(k)) {
            e = k;
            sp = Span::new(sp.start, toks[k - 1].span.end);
        }
    }
    let verb = e < n && toks[e].kind == TokenKind::Word && w(text, toks, e).starts_with(char::is_lowercase);
    if !verb || kind == SpeakerKind::Nominal && (e == subject + 1 || e > subject + 5) {
        return None;
    }
    let end = if closes(comma) { toks[comma + 1].span.end } else { toks[comma].span.start };
    let content = trim(text, Span::new(toks[from].span.start, end));
    if content.is_empty() || inside(content.start) {
        return None;
    }
    let cue = Span::new(toks[0].span.start, toks[c - 1].span.end);
    Some(Reported { content, lead: None, attr: Attribution { speaker: sp, kind, cue, end_tok: c }, confidence: 0.45 })
}

/// The source of "according to" at token `k`: the phrase up to the next comma or the
/// sentence end (at most 14 tokens), its kind taken from its opening noun phrase.
fn source(text: &str, toks: &[Token], k: usize, models: &Models) -> Option<Attribution> {
    let n = toks.len();
    let from = k + 2;
    let mut e = from;
    // "according to Rep. Jo Park,": a title's abbreviation dot (after a short capitalised word,
    // before a capitalised one) stays inside the source.
    let abbrev_dot = |e: usize| {
        e > from
            && e + 1 < n
            && w(text, toks, e) == "."
            && toks[e].span.start == toks[e - 1].span.end
            && attribution::is_title_abbreviation(w(text, toks, e - 1))
            && w(text, toks, e + 1).starts_with(char::is_uppercase)
    };
    while e < n
        && e < from + 24
        && (!matches!(w(text, toks, e), "," | "." | ";" | ":" | "?" | "!" | "\"" | "“" | "”" | "—" | "–" | "--")
            || abbrev_dot(e))
    {
        e += 1;
    }
    if e == from || (e < n && !matches!(w(text, toks, e), "," | "." | ";" | "?" | "!" | "—" | "–" | "--")) {
        return None;
    }
    let kind = np_forward(text, toks, from, models).map_or(SpeakerKind::Nominal, |x| x.1);
    let speaker = Span::new(toks[from].span.start, toks[e - 1].span.end);
    // "according to Dennis Lind, a former envoy, was …": an apposition on a named source.
    if kind == SpeakerKind::Name
        && e + 2 < n
        && w(text, toks, e) == ","
        && matches!(w(text, toks, e + 1), "a" | "an" | "the" | "another" | "his" | "her" | "its" | "their")
    {
        if let Some(c) = (e + 2..n.min(e + 14)).find(|&j| toks[j].kind == TokenKind::Punctuation) {
            if w(text, toks, c) == "," {
                e = c;
            }
        }
    }
    // "According to the memo, which was seen by the Gazette, …": a relative clause on the source.
    if e + 2 < n && w(text, toks, e) == "," && matches!(w(text, toks, e + 1), "who" | "which" | "whose") {
        if let Some(c) = (e + 2..n.min(e + 20)).find(|&j| toks[j].kind == TokenKind::Punctuation) {
            if w(text, toks, c) == "," {
                e = c;
            }
        }
    }
    Some(Attribution { speaker, kind, cue: Span::new(toks[k].span.start, toks[k + 1].span.end), end_tok: e })
}

/// Nouns of an opinion poll, the head of a "In <poll>, <content>" source.
const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Participles that may follow a poll's noun in its own comma pair ("In the Gazette poll,
/// conducted in May, …").
const POLL_PARTICIPLES: &[&str] = &["conducted", "released", "published", "taken"];

/// The source of "In <poll>, <content>" with "In" at token `k`: a phrase of at most 16 tokens
/// up to a comma, holding a poll noun with no clause word ("as", "when", …) before it ("In exit
/// polls,", "In the latest Gazette poll released Monday,"), maybe followed by ", conducted …,"
/// and ", however,". The speaker is the phrase; `end_tok` is the comma before the content.
fn poll_source(text: &str, toks: &[Token], k: usize) -> Option<Attribution> {
    let n = toks.len();
    let comma = |from: usize| (from..n.min(from + 16)).find(|&j| toks[j].kind == TokenKind::Punctuation);
    let e = comma(k + 1).filter(|&e| w(text, toks, e) == ",")?;
    let head = (k + 1..e).find(|&j| POLLS.contains(&w(text, toks, j)))?;
    // "In a memo released as polls closed, …": the poll noun must head the phrase: nothing but
    // modifiers before it, and no verb of its own.
    if (k + 1..head)
        .any(|j| matches!(w(text, toks, j), "as" | "when" | "after" | "before" | "while" | "which" | "that"))
    {
        return None;
    }
    let mut end = e;
    if end + 2 < n && POLL_PARTICIPLES.contains(&w(text, toks, end + 1)) {
        end = comma(end + 2).filter(|&c| w(text, toks, c) == ",")?;
    }
    if end + 3 < n && matches!(w(text, toks, end + 1), "however" | "though") && w(text, toks, end + 2) == "," {
        end += 2;
    }
    Some(Attribution {
        speaker: Span::new(toks[k + 1].span.start, toks[e - 1].span.end),
        kind: SpeakerKind::Nominal,
        cue: toks[k].span,
        end_tok: end,
    })
}

/// Labels before a colon that introduce no speaker ("Update:", "Breaking:", "Twitter:").
const NOT_SPEAKERS: &[&str] = &[
    "update",
    "updated",
    "breaking",
    "watch",
    "read",
    "related",
    "note",
    "editor",
    "photo",
    "photos",
    "video",
    "twitter",
    "facebook",
    "contributing",
    "byline",
    "source",
    "sources",
    "correction",
    "paid",
    "notice",
    "just",
    "leaked",
    "exclusive",
    "analysis",
    "opinion",
    "warning",
    "boom",
    "busted",
    "bombshell",
    "revealed",
    "look",
    "listen",
    "more",
    "also",
    "see",
    "click",
    "subscribe",
    "follow",
    "email",
    "share",
    "tags",
    "topics",
    "credit",
    "caption",
    "question",
    "answer",
    "bottom",
    "line",
    "fact",
    "check",
    "live",
    "latest",
    "why",
    "what",
    "how",
    "who",
    "when",
    "where",
    "here",
    "now",
    "today",
    "total",
    "totals",
    "results",
    "final",
    "wow",
    "lol",
    "ps",
    "p.s",
    "nb",
    "report",
    "poll",
    "transcript",
    "full",
    "text",
    "dear",
    "re",
    "subject",
    "from",
    "to",
    "cc",
    "date",
    "time",
    "location",
    "where",
];

/// The colon closing a label of fewer than `max` tokens at the start of `toks`, attached to the
/// label's last word and followed by at least three tokens.
fn label_colon(text: &str, toks: &[Token], max: usize) -> Option<usize> {
    let c = (1..toks.len().min(max)).find(|&k| w(text, toks, k) == ":")?;
    (c + 3 < toks.len() && toks[c].span.start == toks[c - 1].span.end).then_some(c)
}

/// A speaker label opening a paragraph ("Jo Park: The plan is a failure.", "PARK: Why not?",
/// "Q: …"): the label's span and the first token after the colon. The label is one to four
/// capitalised words (or "Q"/"A"), not a place or a heading word, and a content of at least
/// three words follows.
pub fn label(text: &str, toks: &[Token], models: &Models) -> Option<(Span, usize)> {
    let c = label_colon(text, toks, 5)?;
    let words = &toks[..c];
    let capital = words.iter().all(|t| {
        let x = &text[t.span.range()];
        t.kind == TokenKind::Word && x.starts_with(char::is_uppercase)
    });
    if !capital {
        return None;
    }
    let name = &text[toks[0].span.start..toks[c - 1].span.end];
    let place = models.gazetteer.is_place(name)
        || models.gazetteer.is_place(&name.to_lowercase())
        || models.lexicon.get(name).is_some_and(|e| {
            matches!(
                e.kind,
                crate::types::EntityType::Gpe | crate::types::EntityType::Loc | crate::types::EntityType::Fac
            )
        });
    let heading = place
        || words.iter().any(|t| {
            let x = text[t.span.range()].to_ascii_lowercase();
            NOT_SPEAKERS.contains(&x.as_str())
        });
    if heading {
        return None;
    }
    let next = &toks[c + 1];
    let after = (c + 1..toks.len()).filter(|&k| toks[k].kind == TokenKind::Word).count();
    (next.kind == TokenKind::Word || opens_quote(text, toks, c + 1))
        .then_some(after >= 3)
        .filter(|&ok| ok)
        .map(|_| (Span::new(toks[0].span.start, toks[c - 1].span.end), c + 1))
}

/// A headline's source before a colon ("Poll: Voters Turn to Lind.", "Harbour Board Chief
/// Jo Park: Fares Will Rise."): the label's span and the first token after the colon. The
/// label is one to seven capitalised words (with "on", "at", "to"… between them, as in
/// "Park on Fares:"; before "to" it names the speaker, "Park to Harbour Board:"), not a
/// heading word, not a title-case phrase with a capitalised preposition or "Is" inside ("Storm
/// Over Elm:") and not opening with an article, and not a place unless `person` says the
/// document names a person so ("Clinton: …" where Hillary Clinton is a person of the story).
pub fn headline_label(
    text: &str,
    toks: &[Token],
    models: &Models,
    person: impl Fn(Span) -> bool,
) -> Option<(Span, usize)> {
    let c = label_colon(text, toks, 9)?;
    let capital =
        |k: usize| text[toks[k].span.range()].starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit());
    let word_ok = |k: usize| {
        let x = w(text, toks, k);
        (toks[k].kind == TokenKind::Word && capital(k))
            || (0 < k && k + 1 < c && matches!(x, "on" | "at" | "to" | "of" | "in" | "for" | "and" | "'s" | "’s" | "-"))
    };
    if !(0..c).all(word_ok) || !capital(0) || !capital(c - 1) {
        return None;
    }
    let first = w(text, toks, 0).to_ascii_lowercase();
    // "Stealth Over Health:", "Big Win For Lund:": a capitalised preposition or verb inside
    // the label makes it a title-case phrase, not a source.
    let phrase = (1..c).any(|k| {
        matches!(
            w(text, toks, k),
            "Over"
                | "For"
                | "Against"
                | "With"
                | "Without"
                | "Into"
                | "Behind"
                | "After"
                | "Under"
                | "Amid"
                | "Is"
                | "Are"
        )
    });
    let heading = phrase
        || matches!(first.as_str(), "a" | "an" | "the")
        || (0..c).any(|k| {
            let x = w(text, toks, k).to_ascii_lowercase();
            x != "poll" && x != "report" && !(k > 0 && x == "to") && NOT_SPEAKERS.contains(&x.as_str())
        });
    // "Park to Harbour Board: …": the label speaks to a listener.
    let end = (1..c).find(|&k| w(text, toks, k).eq_ignore_ascii_case("to")).unwrap_or(c);
    let who = Span::new(toks[0].span.start, toks[end - 1].span.end);
    if heading || models.gazetteer.is_place(&text[who.range()]) && !person(who) {
        return None;
    }
    (toks[c + 1].kind == TokenKind::Word || opens_quote(text, toks, c + 1)).then_some((who, c + 1))
}

pub(crate) fn trim(text: &str, sp: Span) -> Span {
    let s = &text[sp.range()];
    // Leading whitespace and list bullets ("• Commuters face …"), never a quotation mark.
    let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '-' | '*' | '·')).len();
    let mut t = s[lead..].trim_end_matches(|c: char| c == ',' || c == ';' || c == ':' || c.is_whitespace());
    // "(According to the police, it keeps no statistics.)": an unopened closing parenthesis and
    // the full stop inside it end the sentence, not the content.
    if t.ends_with(')') && !t.contains('(') {
        t = t[..t.len() - 1].trim_end_matches(['.', '!', '?', ' ']);
    }
    Span::new(sp.start + lead, sp.start + lead + t.len())
}

/// True when `a` (and the word after it, `b`) opens a second predicate after "and": a perfect
/// ("and has called for …") or an adverb before a verb ("and then tweeted", "and even
/// questioned"). A bare past form or gerund stays: it more often goes on a list ("called the
/// charges unsubstantiated and fabricated", "refinancing loans and forcing …").
fn opens_second_predicate(a: &str, b: &str) -> bool {
    let lower = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_lowercase());
    let verb = |x: &str| lower(x) && x.len() > 4 && (x.ends_with("ed") || x.ends_with("ing"));
    (matches!(a, "has" | "have" | "had") && (lower(b) && b.ends_with("ed") || b == "since"))
        || (matches!(a, "then" | "even" | "also" | "later" | "eventually") && (verb(b) || matches!(b, "has" | "had")))
}

/// The medium noun before a "saying" cue with no comma ("released a statement saying",
/// "sent an email Monday saying"): its token index.
fn medium_before(text: &str, toks: &[Token], here: usize, word: &str, models: &Models) -> Option<usize> {
    // ("issued a statement calling for …", "… condemning the attack").
    let lemma = models.cue_lemma(word);
    let medium_cue = lemma.is_some_and(|l| {
        SPEECH.contains(&l)
            || matches!(
                l,
                "call"
                    | "condemn"
                    | "urge"
                    | "accuse"
                    | "demand"
                    | "praise"
                    | "criticize"
                    | "blame"
                    | "describe"
                    | "express"
                    | "promise"
                    | "pledge"
                    | "vow"
                    | "suggest"
            )
    });
    if !(word.ends_with("ing") && medium_cue) {
        return None;
    }
    let mut m = here.checked_sub(1)?;
    if is_time_word(w(text, toks, m)) {
        m = m.checked_sub(1)?;
        // "sent a series of tweets early Friday saying …".
        if matches!(w(text, toks, m), "early" | "late" | "last" | "on" | "this") {
            m = m.checked_sub(1)?;
        }
    }
    let noun = w(text, toks, m).to_ascii_lowercase();
    (MEDIA.contains(&noun.as_str()) || matches!(noun.as_str(), "release" | "message" | "note" | "report")).then_some(m)
}

/// Words naming where something was said or written ("in an interview", "in a tweet").
const MEDIA: &[&str] = &[
    "interview",
    "interviews",
    "statement",
    "statements",
    "speech",
    "speeches",
    "tweet",
    "tweets",
    "ruling",
    "letter",
    "post",
    "posts",
    "op-ed",
    "video",
    "ad",
    "ads",
    "address",
    "remarks",
    "testimony",
    "appearance",
    "debate",
    "debates",
    "book",
    "column",
    "essay",
    "email",
    "emails",
    "memo",
    "diatribe",
    "editorial",
    "filing",
    "lawsuit",
    "rally",
    "campaign",
    "message",
    "broadcast",
    "radio",
    "podcast",
];

/// True when "in" at token `k` opens a short phrase closing a content at `end` that names a
/// medium or a date ("in a recent interview", "in early June", "in 2012"): at most seven
/// tokens, no relative clause, the medium or month among its first five words.
fn closing_in_phrase(text: &str, toks: &[Token], k: usize, end: usize) -> bool {
    if end - k > 8
        || (k + 1..end)
            .any(|i| matches!(w(text, toks, i), "that" | "who" | "which" | "where" | "whom" | "saying" | "claiming"))
    {
        return false;
    }
    for i in k + 1..end.min(k + 6) {
        let x = w(text, toks, i);
        if toks[i].kind == TokenKind::Punctuation && !matches!(x, "-" | "’" | "'") {
            return false;
        }
        let year = i == k + 1 && x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit());
        if year || crate::calendar::is_month(x) || MEDIA.contains(&x.to_ascii_lowercase().as_str()) {
            return true;
        }
    }
    false
}

/// True when token `k` (after "and") opens a second predicate of the cue's subject in the cue's
/// own form: "rejected the charges and accused …", "calling it rushed and threatening …",
/// "has not endorsed Park and has been …".
fn parallel_predicate(text: &str, toks: &[Token], cue: usize, j: usize, k: usize) -> bool {
    let n = toks.len();
    let x = w(text, toks, k);
    let lower = |y: &str| !y.is_empty() && y.chars().all(|c| c.is_ascii_lowercase());
    let followed = k + 1 < n && toks[k + 1].kind == TokenKind::Word;
    let c = w(text, toks, cue);
    let aux = matches!(x, "has" | "is" | "was" | "will" | "would" | "had") && followed;
    // The cue's form: a gerund or a past form (other forms take no parallel verb here).
    let suffix = ["ing", "ed"].into_iter().find(|f| c.ends_with(f));
    // A verb's complement opens with a determiner, a pronoun, a preposition or a name; an
    // adjective's noun does not ("including biodiesel and advanced cellulosic fuels"), and an
    // adjective pair may end the clause ("called it rushed and flawed.") or take "by".
    let complement = followed && {
        let y = w(text, toks, k + 1);
        DETERMINERS.contains(&y)
            || y.starts_with(char::is_uppercase)
            || attribution::is_adverb(y)
            || matches!(
                y,
                "him"
                    | "them"
                    | "it"
                    | "us"
                    | "me"
                    | "himself"
                    | "herself"
                    | "themselves"
                    | "itself"
                    | "that"
                    | "to"
                    | "for"
                    | "on"
                    | "at"
                    | "in"
                    | "with"
                    | "about"
                    | "against"
                    | "from"
                    | "into"
                    | "over"
                    | "as"
                    | "up"
                    | "out"
                    | "back"
                    | "off"
                    | "so"
                    | "new"
            )
    };
    let same_form = suffix.is_some_and(|f| {
        lower(x)
            && x.len() > 4
            && complement
            && x.ends_with(f)
            // "installing panels and giving …": a list inside the object.
            && !(j..k - 1).any(|i| {
                let y = w(text, toks, i);
                y.len() > 4 && y.ends_with(f)
            })
    });
    aux || same_form
}
