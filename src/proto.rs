//! Generated protobuf types (prost), gRPC stubs (tonic) and their protobuf JSON mapping
//! (pbjson), from `proto/`. Offsets in these messages are in the unit the request chose.
#![allow(clippy::all, missing_docs, rustdoc::all)]

pub mod google {
    pub mod rpc {
        include!(concat!(env!("OUT_DIR"), "/google.rpc.rs"));
        include!(concat!(env!("OUT_DIR"), "/google.rpc.serde.rs"));
    }
}

pub mod lede {
    pub mod v1 {
        include!(concat!(env!("OUT_DIR"), "/lede.v1.rs"));
        include!(concat!(env!("OUT_DIR"), "/lede.v1.serde.rs"));
    }
}

/// The encoded `FileDescriptorSet` of `proto/`, served by gRPC reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lede_descriptor.bin"));
