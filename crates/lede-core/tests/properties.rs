//! Property tests: the engine never panics and keeps its span invariants on any input.
mod common;

use lede_core::{Engine, Error, Options};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::embedded().unwrap())
}

fn run(text: &str) {
    let opts = Options { tokens: true, ..Options::default() };
    match engine().analyze(text, &opts) {
        Ok(a) => common::check(text, &a),
        Err(Error::EmptyText) => assert!(text.trim().is_empty()),
        Err(e) => panic!("unexpected error {e}"),
    }
    let opts = Options { include_boilerplate: true, ..Options::default() };
    if let Ok(a) = engine().analyze(text, &opts) {
        common::check(text, &a);
    }
}

/// Pieces that stress the rules: quotes of all styles, dots, newlines, abbreviations, names.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("``".to_string()),
        Just("''".to_string()),
        Just(". ".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just("…".to_string()),
        Just("? ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just(", ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("a.m. ".to_string()),
        Just("said ".to_string()),
        Just("she said".to_string()),
        Just("Maria Lopez ".to_string()),
        Just("the United Nations ".to_string()),
        Just("President ".to_string()),
        Just("• ".to_string()),
        Just("By ".to_string()),
        Just("Photo: ".to_string()),
        Just("Advertisement".to_string()),
        Just("$3.5 million ".to_string()),
        Just("July 4, 2020 ".to_string()),
        Just("http://x.org/a.b ".to_string()),
        Just("a@b.co ".to_string()),
        Just("👍🏽".to_string()),
        Just("é".to_string()),
        Just("\u{301}".to_string()),
        Just("日本".to_string()),
        Just("'s ".to_string()),
        "[a-zA-Z]{1,8}".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// Words of attributions, denser than [`piece`]: cue verbs, determiners, possessives,
/// conjunctions, adverbs and marks, so that text ends or breaks inside every rule's window.
fn attribution_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("''".to_string()),
        Just("'".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just(" - ".to_string()),
        Just("— ".to_string()),
        Just("\n\n".to_string()),
        Just("the ".to_string()),
        Just("a ".to_string()),
        Just("paper".to_string()),
        Just("'s ".to_string()),
        Just("’s ".to_string()),
        Just("said ".to_string()),
        Just("told ".to_string()),
        Just("saying ".to_string()),
        Just("according to ".to_string()),
        Just("is ".to_string()),
        Just("expected ".to_string()),
        Just("to ".to_string()),
        Just("and ".to_string()),
        Just("but ".to_string()),
        Just("that ".to_string()),
        Just("which ".to_string()),
        Just("often ".to_string()),
        Just("quickly ".to_string()),
        Just("following ".to_string()),
        Just("this ".to_string()),
        Just("editorial ".to_string()),
        Just("state ".to_string()),
        Just("Park ".to_string()),
        Just("Ann Lee ".to_string()),
        Just("she ".to_string()),
        Just("On July 6, ".to_string()),
        "[a-z]{1,6} ".prop_map(|s| s),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn attribution_soup_keeps_invariants(parts in prop::collection::vec(attribution_piece(), 0..40)) {
        run(&parts.concat());
    }

    #[test]
    fn arbitrary_unicode_never_panics(s in "\\PC{0,200}") {
        run(&s);
    }

    #[test]
    fn newsy_soup_keeps_invariants(parts in prop::collection::vec(piece(), 0..80)) {
        run(&parts.concat());
    }

    #[test]
    fn any_string_with_controls(s in any::<String>()) {
        run(&s);
    }
}

/// Every prefix of sentences that exercise the attribution rules: a text may end inside any
/// rule's window ("… the paper's"), which random soups reach too rarely.
#[test]
fn every_prefix_of_attributive_sentences_keeps_invariants() {
    let sentences = [
        "“He is a politician selling fiction,” the paper's editorial board wrote. The piece goes on.",
        "The company’s spokesman said the plant would close, but that the union would fight.",
        "The harbour board met, and the council is expected to vote on the plan next week, ending a fight.",
        "“That is right, Jo,” Ann said to the mayor, who began by thanking the crowd.\n\n“Who would have believed it?” Park said, looking out.",
        "“The plan is a mess,” Lind said on “Harbour Morning Hour.” “Nobody has read it.”",
        "“We will not hold a protest,” Lind said, according to the Gazette. “Explain this.”",
        "On July 6, 2015, Park made the following comment:\n\n“The rate is 33 percent.“ Later, Ann Lee had this to say: “Old.”",
        "Ann Lee said the plan was rushed - “We need the details,” she said - and left the hall.",
        "The manager yanked the arm of a reporter, she and another reporter said. Mark Park and Ann Lee said it failed.",
        "At a press conference, Park emphatically proclaimed, “I sent no files.” The candidate reiterated: “I know the rules.”",
        "Ann Lee has delivered a defense of “Elm Harbour values,” saying the city embodied the “bravery of Elm.”",
        "Officials said at least 12 people were hurt, and at least once that the pier was safe.",
        "“It is gone,” said one resident, Tove Arden, who saw it. “Gone,” the new harbour master, a diver, said.",
        "“No choice,” Tove Arden said, adding that the union would strike. Arden told supporters at a rally that it was time.",
        "“Stay in,” said Ines Kovac on Twitter, adding: “Do not go.” “Stay,” police said, adding, “No.”",
        "The report, released on Monday, found that silt rose. The poll, like others, showed Varga ahead, by 4.",
        "‘We were betrayed,’ say farmers\n\nThe statement read, in part: “We regret the error.” It won regular, pledged delegates.",
        "His aides haven't said whether it would. The union and the board said that talks would resume.",
        "Varga, asked, said only: “We’ll see.” “Over,” was all Varga would say. “Over,” the master did say.",
        "It was unclear, but state media reported that three were hurt. “Over,” state television said.",
        "Ida Varga told HBC’s “Harbour Morning Hour” that the pier would reopen.",
        "Neither Ida Varga nor Tove Arden would say whether the pier would reopen. Nor did they.",
        "“The plan is a disaster,” said Lund. “Our members rejected it twice.\n\nShe continued, “That is what we do.”",
        "Berg said: “We will appeal the ruling in the spring",
        "The tax cut, a number of economists say, slowed the recovery. Dozens of residents say it failed.",
        "The tax cut, Lund said on Monday, slowed the recovery.",
        "Lund appeared to gain ground. The email appears to contradict Berg's claim that “time, money and patience ran out.”",
        "Local economists, like others, say taxes rose. Park said — on Twitter, as it happens — that it rose.",
        "The state officials whose plans were rejected say the change came late.",
        "Lund assailed the levy. As Berg talked about the towns, Lee likened the plan to a trap.",
        "Lund emailed supporters that the vote was delayed.",
        "The board met, voted and said the plan would pass.",
        "Lund offered no proof. Berg unveiled a plan and singled out the board.",
        "Lund pushed back on the claim that it failed. Berg made clear that she would not run.",
        "As Berg pointed out, the pier is old. As the harbour master noted, that is a problem.",
        "The harbour master and former state auditor said the pier was unsafe. And so, she said, the board is worried.",
        "Most riders think the fares are fair, though commuters disagree. Riders in each state say so.",
        "A notice posted on the website Harbourline.com said sailings stop. Arden told The Gazette of Elm she won.",
        "Berg had an answer ready, quickly reminding viewers that the mayor had sold the pier, repeating it.",
        "Mr. Lund, who has called the plan “deeply flawed,” portrayed the levy as a problem, and most recently defended it.",
        "The deal came from two ports, which together vowed to act. He has downplayed the risk.",
        "Officials have not said when the ferry sails. Lund and Berg met, each touting their record.",
        "The board hired Lund, who visited the pier and said the pilings were rotten. “One,” she elaborated, “two.”",
        "After Berg said the pier was unsafe, Lund toured it, saying it was fine. When asked, Berg said no.",
        "Officials expect that the pier will reopen in May.",
        "Berg said, “The ferry is late again.” He added, “Nobody told the crew.”",
        "“Where is the ferry?” Lund asked reporters. “We are going to win!” Lund said amid the cheering.",
        "“The dock needs work,” the soft-spoken, 64-year-old engineer said. “We are going to win.” Lund vowed to block it.",
        "The ferry will be sold in May, Kessel said Tuesday, adding: “The crew will stay on.”",
        "Berg said in ‘09 that the crews were underpaid. “They are,” said a spokesman for the ferry line.",
        "The harbour master has said repeatedly that the ferry will not be sold. Lund said again they would.",
        "Lund said: “We will appeal the ruling.” Berg disagreed, saying the ruling was final.",
        "“We will appeal,” Lund said in a statement released by her lawyer, Tom Berg. Lund said in a statement issued by her office that the levy was fair.",
        "Berg said he agreed. The ferry company said sales fell. Sen. Tom Berg spoke. The senator said it failed.",
        "It was a win for Lund, and the ferry levy, she said, “will pass with room to spare.” Still, she added, “we cannot.”",
        "When the head of the agency said the talks would resume, nobody believed her. The ferry ran, because the mayor of Elm said it would run.",
        "Brazil, where the number of reported cases has grown, closed. Berg declined to comment and aides said the remark was false.",
        "Friends of Mr. Berg say the energy has faded. The former secretary of state has said the energy has faded.",
        "The minister told parliament on Tuesday that the budget was balanced. The harbour chief and former secretary of state said so.",
        "“This is a big year,” said Ana “Annie” Lund. \"Sure,\" Ana \"Annie\" Lund said. “Yes!” state Del. Ana Lund told the crowd.",
        "“We will win,” Bill Lund, wearing “Vote Berg” pins, said. “The harbour is ours.” ''A,'' Lund told ''Harbour Days'' after it. ''B.''",
        "The mayor of Elm said: “We will win.” A sign at the rally read “Vote Berg.” The ad shows Ana Lund asking, “Why?”",
        "“We will strike,” a member who asked not to be named said. A member who spoke on condition of anonymity said it would.",
        "Fifty-four percent of voters said they support the plan. Just 28 percent of voters said no.",
        "Her opponent, council member Ray Dunn, said the closure was wrong. Several critics, including Dunn, said so.",
        "The department had fully cooperated, he said in an email, and would send more documents. It makes sense, she said on Monday, that it would.",
        "“This is not how oversight works,” she told reporters outside the Capitol. Lund told reporters near the pier that it was dead.",
        "A witness, who declined to give her name, said so. “Yes,” said a witness who refused to give his full name.",
        "The mayor of Boston said the pier would reopen. The senator from Vermont said: “No.”",
        "Mr. Berg questioned Mr. Lund's tactics, his judgment and his very decency, and Lund called him a kind, loving and honest man.",
        "Then she invoked the Sept. 11, 2001, terrorist attacks and supported ending the tolls, cutting fares and buying ferries.",
        "The middle fifth paid 8.9 percent, the agency said in a June report, and the rest paid less. Though it went smoothly, he said, replacing Lund would be harder.",
        "The department had “fully cooperated,” he said in an email, and would send more documents. “The plan is dead,” she said, adding, “We will try again.”",
        "Lund spoke last.\n\n” … what I learned is that the port matters,” she said. ” ...and yet” ”…",
        "Wilson told The Post and Courier newspaper of Elmton on Saturday that he voted. \u{202a}”This is why,” said Ray Dunn.",
        "Lund has improved, with 30 percent of voters saying they like him, with three in 10 saying",
        "Executives for Elmco, which earned $30 billion, say the company will save money. Officials, who spoke, say",
        "Her answer was simple: “No.” The mayor replied briefly.\n\n“We will not.” Ana Lund spoke first.",
        "Police said a man was arrested at the scene and charged. According to court filings, the company knew about the leak.",
        "Dunn has denied any role in the attacks. He was denied entry. Dunn denied",
        "Lund clarified that she meant it. The board urged him to resign. Berg told HBC’s “Harbour Hour” on Sunday that",
        "Lund characterized the plan as reckless, outlined a plan and rebutted",
        "Ryan declared that he cannot support Berg, throwing a wrench in the plans, meaning the",
        "Democrats want policies that raise revenue, and Republicans want lower rates, and New York",
        "Lund described the incident as a “terrible situation,” but stopped. She called it “bad,” which",
        "Sales declined 4 percent. Lund declined slightly to. Lund told many of them the mine would close. Lund told some of",
        "The club charged a fee. Berg charged that the vote was rigged. Canova, who is challenging Ray Dunn, charged",
        "—“Lund leaves the board,” by Times' Jo Park: “It is done.” “Perfect Enough” by Ana Lund, by",
        "26 percent of Democrats say they are tired; only 49 percent of Republicans say the same of",
        "Judge Ilse Varga rejected that argument in a ruling released Friday.",
        "Ms. Okafor declined that assignment and has since left the paper.",
        "The strong harvest report has cleared the way for lower bread prices.",
        "Ms. Okafor said that was a fair price.",
        "“I see no numbers,” she said after reading the council's outline of the plan.",
        "She’s arguing that the ferry fares are too high.",
        "The harbour master has been warning that the pier is unsafe.",
        "Officials oppose the harbour levy.",
        "Lund warned of higher costs for dairy farmers.",
        "The ferry company, in a statement, said it would appeal the ruling.",
        "Lund is once again questioning the count in the harbour ward.",
        "Two residents challenged the permit, contending that the pier was unsafe for ferries.",
        "“We will win,” he said aboard the ferry on Monday.",
        "The board pledged new fines as a deterrence to what it called “a clear threat to the harbour.”",
        "The harbour chief warned of ferry cuts.",
        "Lund blasted Berg as a “disgrace” Wednesday on The Harbour Hour.",
        "In the end, Elmco agreed to lend the town $5 million, and the dock workers' union also stepped in.",
        "After the Elmton attacks, the council met in private.",
        "Lund toured the pier, touting its repairs and saying the ferry would return.",
        "There are some economists who argue that the harbour levy should be very low.",
        "Lund flipped his choice on the spot – saying he was rooting for the Elks but would now root for the Owls.",
        "Recalling the pitfalls of the previous election, the party began spending money much earlier.",
        "Noting that both Lund and Berg battled staunch opposition from the press, Velt put her finger on one facet of the campaign.",
        "Harbour chief Mara Velt has taken a swipe at her rival, saying that the ferries are late.",
        "Elmton (AFP) – Democrat Mara Velt has taken a swipe at her rival's stance on ferries, saying that “bombastic comments” do more harm than good.",
        "At this point, the camera is facing the ground, and she becomes increasingly upset, shouting that the police must stop.",
        "Amid calls for a boycott, Mara Velt provided a justification, saying it is necessary.",
        "In a victory speech in Elm County on Tuesday night, Mr. Lund struck a measured tone, saying he would lead the party.",
        "Cory Berg, 22, of Elmton, Mich., said he had not given up hope.",
        "Chastened by the analyses, as well as complaints over the plan’s costs, Lund revised his plan, promising to focus more of its benefits on riders.",
        "“I will vote for Lund,” said Mara Velt, 24, of Elmton, who said Lund is best suited to fix the ferries. “It is for the people.”",
        "“That is reason enough,” the editorial said. ''Voters will not accept 'We will bomb them,''' said Park.",
        "“We live in hard times,” Park often said, and the mayor quickly added that it was late.",
        "The sisters formed a small band called the Harbour Lanterns, and Pell this week also said the pier was old.",
        "On fares, 42% say they would pay more. Dana Ortiz’ campaign says the 34-year-old mother of three replied, “Fine.”",
        "According to Lind, “The harbour is full,” presumably meaning the port. Reed revealed Tuesday the boat was found.",
        "Lind cited the figures at a meeting, said on HBC’s “Harbour Tonight” that she assumed office in May.",
        "Partial transcript:\n\n\"REED: Why did the ferry close?\n\n\"LIND: Well, the port knows why.\n\n'Legend of the Piers.'",
        "In a statement, Gov. Jo Arden blasted the council and said the pier would stay, and I laughed and said, “No.”",
        "Ann Vell said she would not. Asked if it was fair, 46 percent said yes. Only 20 percent said the same",
        "Said Dora Pell, who grew up next door, “We were all so proud.” Added Pell: “Very.” Said",
        "Asked which pier was best, Arden demurred: “Whichever.” The sign read: ''Over the Top.'' It said: “",
        "When my aunt mentioned it, I laughed and said, \"No storms.\" She paused and added: \"None.\"",
        "Safety worries have dogged it. Harbour projects will end, which Arden says will cost a lot. Lind claims",
        "According to Rep. Jo Arden, the ferry was late. The four loopholes he cited are old, according to Dr.",
        "Arden Hid Ferry Losses, Former Clerk Says. It was late: According to polls, Arden Says",
        "Dora Pell criticized the levy despite her votes. Arden won 40 percent support among workers, and Lind said she would support Arden if it passed.",
        "The councillor praised the crews but is not running. Jo Arden opposed the plan, and most workers oppose",
        "Pell said the ferry was late, a problem the port has faced. Pell said the ferry, the oldest, would close, a",
        "Dock workers in two towns — Elmton and Fairport — said it was late. Crews — all of them — said. — said —",
        "Pell said she would advise Lind on the “storms that close the harbour,” and left. Pell chanting “no fares” the “",
        "Pell attacked the board in a late-night radio interview. Lind endorsed Pell in 2019 in",
        "Others say this is a rough patch, from owners who say this",
        "Workers marching through the streets chanted \"No fares!\" and left. Pell said \"no",
        "Lind asked Pell about the timetable and decided against it. Lind asked Pell about",
        "“Hands up,” Pell sings to Lind before asking her, “Where now?” Reed, who joked of it, “Yes",
        "\"LIND: It is “Harbour Hour.” Now.\n\n\"PELL: It is not “a game.\n\n\"LIND: So",
        "Dora Pell cited several causes, including a broken ramp. Lind cited causes, including",
        "Pilots expressed concern about the ramp because of rust. Crews expressed alarm that the pier expressed about",
        "It would be helped, Lind said, by the season. As it grows, a bay, it is his job, he said, to warn. It is, he said, by",
        "Even though it is late, the women say it helps. Both Ms. Ida Varga and Mr. Tom Lund say so. Others, however, say",
        "In Elm, he, too, feels a win coming. “No,” said a 2008 campaign veteran. People who believe it, and who say it, are",
        "The fares, which officials said will start in May, will not apply. All told, the group raised it. The fares, which Lind said",
        "Critics hit Varga's claim that it was late. Contrary to his claim that voters would “learn nothing,” it was. Lind’s recent claim that",
        "Mayoral candidate Ida Varga’s campaign says it is. One says yes, another says no. Senior aide Lind’s team says",
        "“Yes,” Ida said, and soon it ended. “No,” she said several months after. Lind told reporters after the meeting that was",
        "Poll: Riders Turn on the Levy.\n\nHarbour Chief Ida Varga on Fares: The Levy Is ‘Here to Stay.’ Ida Varga: Reformer or?",
        "Varga also pledged to “bring our harbour revolution” to it. Lind pledged to “end the levy and to do it now,” the paper reported. Lind vowed to “",
        "Varga said if elected mayor she could work. The board released a statement saying it was late. Minutes later, the campaign sent an email Monday saying",
        "Varga attacked the levy and has called for a vote. Lind endorsed Ida Varga last week and even questioned it. Lind praised Varga last",
        "Mrs. Varga, these people said, would be open to it. Lind, for instance, explained how she felt, those people said. These",
        "Varga later Thursday told the radio: “Both are late.” Recently she announced, \"I'm off!\" Kelly said, “No.” Recently",
        "Another source speaking to Coast Radio said, “The agents are late.” A source talking with",
        "“Fine,” said the 46-year-old. “No,” the 43-year-old asked. \"Yes,\" Varga's campaign manager, Jo Weaver, said. Lind's aide, Jo, said the 4-",
        "ARDEN - Jo Park met riders on Thursday and said the ferry would run all winter.",
        "ARDEN, Aug. 3 (Wire) — In response to the plan, Jo Park rallied supporters, saying: “We have to be ready.”",
        "Harbour’s far-right Island Front party leader, Ida Varga, voiced support on Wednesday, saying her rival would lose.",
        "Riders were alarmed amid rumors that the ferry would stop in May.",
        "Ida Lee took offense at suggestions that she had misled voters, despite the record.",
        "The notion that fares would fall was rejected by the board, amid reports that",
        "Ida Varga: ‘No Deal’ Unless the Board Cuts Fares.\n\nIda Varga: ‘We Will Win.’",
        "Denver: Time for a ‘fresh start’ on the harbour.\n\nMayor Jo Denver said the board must change course.",
        "Varga To Riders Worried About Fares: It Will Be Fine.\n\nIda Varga spoke on Friday.",
        "In a Gazette poll released Monday, however, 52 percent of Elm voters said they backed the levy.",
        "In the latest Harbour Herald survey, conducted in May, Park led Varga.",
        "The city has a strong ferry network, said Mindy Lark, director of the Civic Project at the University of Elm, Center for Change.",
        "He had a voice in harbour decisions, said a former spokesman for the port, Dan Lind, who also ran as a candidate.",
        "Some in the crowd booed, and when Park thanked Elm and said it was great to be home, a man left.",
        "A harbour judge ordered the port board to release the ferry records by Friday.",
        "In her speech on Friday, Ida Varga portrayed the ferry levy as a tax on the poor.",
        "\"We will win,\" Ida Varga said confidently, waving to the crowd.",
        "\"Is that fair?\" Ida Varga asked rhetorically, shaking her head.\n\n\"Who pays?\" Tom Reed asked quietly.",
        "Mayor Ida Varga rejected the charges and fired the board's lawyer, calling it rushed and threatening to sue.",
        "Tom Reed has endorsed the harbour levy and has been its loudest voice.",
        "Rick Tyler said that the campaign will highlight \"the real choice\" in May, and he made charges that Rush Lind called \"liberal lingo and nothing more.\"",
        "Cost estimates, he added, were based on a prototype. Contrary to Park's claims, officials say he never had access.",
        "Sen. Tom Reed, facing a spirited challenge in Elm, a swing state, said he would back the levy.",
        "At a campaign event in Elm, Ohio, on Sunday, Mrs. Varga tried to expand on it, saying that the city should lead. When Varga a month later announced 6,000 layoffs, the board less than two weeks ago said it had failed.",
        "Park said that the reforms were not complete, and aid groups warned that Varga sent tweets early Friday saying that rival Tom Reed had erred.",
        "Varga said that she would go, although she tweeted that the clerk told police that sometime in the week that followed, he realized it. Reed, who estimates that costs were \"in the seven figures,\" described the impact as severe.",
        "Reed urged members to drop Varga after the mayor claimed that the email came hours after Varga proposed a ban, then she said no.",
        "As the Gazette's Dana Lind puts it, the board is unmoved. As Ms. Lind put it in a statement in July, \"the network is fine.\" As he puts it",
        "Mara Lind's campaign, which has been shadowed for months by the dispute, said that the letters had no bearing.",
        "Officials familiar with the server taken from Ms. Lind's house, speaking on condition of anonymity because they were not allowed to, said that it was safe.",
        "Tom Varga said on HBC, where he is now a paid contributor, that Park should be held to account.",
        "Some members met Park and said that they had lost their patience with him.",
        "The mood in the hall was tense as members, who had waited for hours, said that the vote was unfair.",
        "Readers wrote in.\n\n”Fortunately, the mayor is open about his plans.” ― Ada Park.",
        "Hours later, Park returned the compliment to Varga, telling the Gazette, \"He is an amazing man.\"",
        "The chairman said Sunday on HBC that he opposes any changes to the rules.",
        "Current and former officials who spoke with The Harbour Post said the agency has become a shell.",
        "Park insisted, most recently in an interview with HBC News, that he wants to release his taxes.",
        "Park continues to insist, in an interview with HBC News, that he wants to release his taxes.",
        "A judge may not enforce the subpoena because of Varga's Fifth Amendment claims, prosecutors rarely pursue such cases.",
        "Gilmore spoke first. Lind, speaking to voters in Elm, said, \"Last time I looked, you had not voted.\"",
        "Mr. Holt, whose newest firm, Datafy, sells ferry-ticket data to ports, said the harbour plan would fail.",
        "Kai Lind, the mayor of Elm, said in a statement: \"The closure is a blow. It needs a serious answer.\"\n\nThe council met later.",
        "Okafor “took the ferry money,” Lind said, “and never paid it back.”",
        "In a budget year in which voters say they no longer trust Lind, even some allies questioned whether the levy would pass.",
        "While Park has said she believes the ferry is safe, she also backed an inquiry into the pier.",
        "Members of the caucus met on Friday, shortly after Park said he finally believes the pier is safe.",
        "Park said during the harbour debate he would not accept the offer.",
        "Of the members polled, 43 said the board should meet. Since June, at least 2,000 said they would run.",
        "Lind and others who want to close the pier said the vote will matter.",
        "Lind said the ferry is safe; the pier is another matter.",
        "Park, who in 2010 said the goal was to beat Lind, declined to comment.",
        "“The pier stays shut,” a ferry representative said in a statement.",
        "Park met then-Sen. Ida Lund, who said the pier was safe.",
        "The harbour board said Thursday, \"We never asked for the pier to close.\"",
        "The family said the pier had been unsafe for years.",
        "A spokesman for the ferry company said the pier would reopen in May.",
        "Mayor Ida Lund has said for weeks she’s the only candidate who can save the pier.",
        "The pier will close in May, a source close to him said.",
        "“The pier stays shut,” said one official familiar with the talks, who asked not to be named.",
        "The official asked not to be identified because the talks on the pier are private.",
        "That person said the hostility at the harbour hurt the campaign.",
        "Until the shutdown, most of them said they had loved working at the pier.",
        "Ida Lund said “it makes me mad” every time she thinks about the pier.",
        "Kai Lind, a ferry captain from Elm, said: \"The closure is a blow to every family here.\"",
        "Park said during the debate they’re going to close the pier.",
        "Fares hurt towns, said Ida Varga, a pilot who wrote books, papers and essays. It is late, said lobbyist and strategist Tom Berry, said the chief, John",
    ];
    let opts = Options::default();
    for s in sentences {
        for (i, _) in s.char_indices().skip(1) {
            let text = &s[..i];
            if let Ok(a) = engine().analyze(text, &opts) {
                common::check(text, &a);
            }
        }
    }
}

#[test]
fn edge_cases() {
    for t in [
        "\"",
        "“",
        "a",
        ".",
        "...",
        "\n\n\n.",
        "Mr.",
        "“”",
        "\"\"\"\"",
        "' ' '",
        "x\u{301}.",
        " \u{a0}é",
        "•",
        "- ",
        "1.",
        "U.S.A.",
        "e@e.e",
    ] {
        run(t);
    }
}
