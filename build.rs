//! Compiles `proto/` with protox (pure Rust: no system `protoc`), then generates
//! prost messages, tonic stubs, pbjson serde impls (the protobuf JSON mapping) and a
//! file descriptor set for gRPC reflection.

use std::{env, fs, path::PathBuf};

use prost::Message;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(env::var("OUT_DIR")?);
    let files = ["proto/lede/v1/lede_service.proto", "proto/lede/v1/types.proto"];
    println!("cargo:rerun-if-changed=proto");

    let fds = protox::compile(files, ["proto"])?;
    let descriptor_path = out.join("lede_descriptor.bin");
    fs::write(&descriptor_path, fds.encode_to_vec())?;

    tonic_prost_build::configure()
        .compile_well_known_types(true)
        .extern_path(".google.protobuf", "::pbjson_types")
        .compile_fds(fds)?;

    pbjson_build::Builder::new()
        .register_descriptors(&fs::read(&descriptor_path)?)?
        .extern_path(".google.protobuf", "::pbjson_types")
        .build(&[".lede.v1", ".google.rpc"])?;
    Ok(())
}
