# syntax=docker/dockerfile:1.7
#
# lede: multi-stage image build.
#
#   docker build -t lede:dev .
#   docker build --build-arg VERSION=0.1.0 --build-arg REVISION="$(git rev-parse HEAD)" \
#                --build-arg CREATED="$(date -u +%Y-%m-%dT%H:%M:%SZ)" -t lede:0.1.0 .
#
# Needs BuildKit (default since Docker 23) for the cache mounts below. The
# build compiles proto/ with pure-Rust protox, so no protoc is installed.

ARG RUST_IMAGE=rust:1.95-slim-bookworm
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian12:nonroot

# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------
FROM ${RUST_IMAGE} AS builder

WORKDIR /src

# The whole (dockerignored) source tree: Cargo.toml, Cargo.lock, build.rs,
# proto/, src/, crates/. Dependency downloads and compiled artefacts are kept
# across builds in BuildKit cache mounts rather than in layers, which stays
# correct whatever targets (benches, examples, embedded model files) the
# workspace declares.
COPY . .

# --locked: refuse to build if Cargo.lock is missing or out of date.
# The target dir is a cache mount, so the binary is copied out of it in the
# same RUN step.
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/usr/local/cargo/git,sharing=locked \
    --mount=type=cache,target=/src/target,sharing=locked \
    cargo build --release --locked --bin lede \
    && install -D -m 0755 target/release/lede /out/lede

# ---------------------------------------------------------------------------
# Runtime: distroless (glibc + libgcc, no shell, no package manager)
# ---------------------------------------------------------------------------
FROM ${RUNTIME_IMAGE}

ARG VERSION=0.1.0
ARG REVISION=unknown
ARG CREATED=unknown

LABEL org.opencontainers.image.title="lede" \
      org.opencontainers.image.description="gRPC service and batch CLI that turns news text into structure: blocks, sentences, quotes, entities." \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="gcr.io/distroless/cc-debian12:nonroot"

COPY --from=builder --chown=0:0 --chmod=0755 /out/lede /usr/local/bin/lede

# Defaults match the binary's own; the Helm chart sets them explicitly.
ENV LEDE_ADDR=0.0.0.0:50051 \
    LEDE_METRICS_ADDR=0.0.0.0:9090 \
    LEDE_LOG_FORMAT=json

# 65532 is distroless' "nonroot"; numeric so runAsNonRoot can verify it.
USER 65532:65532

# 50051: gRPC (lede.v1, grpc.health.v1, reflection). 9090: GET /metrics.
EXPOSE 50051 9090

ENTRYPOINT ["/usr/local/bin/lede"]
CMD ["serve"]
