//! The browser side of share links: packing with the browser's own
//! `CompressionStream("deflate-raw")` and unpacking with `DecompressionStream`, read chunk by
//! chunk and stopped past the bound, so the wasm carries no compression code.
//!
//! Both streams are declared here (web-sys lists them as unstable); only their constructors
//! are used, and `pipeThrough` reads their `readable` and `writable`.

use js_sys::{Array, Reflect, Uint8Array};
use truecost_model::Scenario;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair};

use super::{MAX_JSON, Payload, ShareError, UnpackError};

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream`: a transform stream that packs bytes.
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    /// `DecompressionStream`: a transform stream that unpacks bytes.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// The raw deflate format of both streams.
const FORMAT: &str = "deflate-raw";

/// Why reading a transformed stream stopped early.
enum ReadError {
    /// The stream failed (corrupt input).
    Failed,
    /// More than the limit came out; the stream was cancelled.
    OverLimit,
}

/// Runs `bytes` through `transform` and reads the output, at most `limit` bytes.
async fn run(bytes: &[u8], transform: &JsValue, limit: usize) -> Result<Vec<u8>, ReadError> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| ReadError::Failed)?;
    // pipeThrough marks its own pipe promise as handled, so a corrupt input only fails reads.
    let output: ReadableStream = blob
        .stream()
        .pipe_through(transform.unchecked_ref::<ReadableWritablePair>());
    let reader = ReadableStreamDefaultReader::new(&output).map_err(|_| ReadError::Failed)?;
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| ReadError::Failed)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(out);
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(|_| ReadError::Failed)?;
        let bytes: Uint8Array = value.dyn_into().map_err(|_| ReadError::Failed)?;
        if out.len().saturating_add(bytes.length() as usize) > limit {
            // Stop reading: the rest is never produced.
            let _ = JsFuture::from(reader.cancel()).await;
            return Err(ReadError::OverLimit);
        }
        let start = out.len();
        out.resize(start + bytes.length() as usize, 0);
        bytes.copy_to(&mut out[start..]);
    }
}

/// Packs `bytes` with raw deflate; `None` where the browser cannot (no `CompressionStream`).
pub async fn pack(bytes: &[u8]) -> Option<Vec<u8>> {
    let stream = CompressionStream::new(FORMAT).ok()?;
    // Packed output is never much larger than its input.
    run(
        bytes,
        &stream,
        bytes.len().saturating_mul(2).saturating_add(1024),
    )
    .await
    .ok()
}

/// Unpacks raw deflate, reading at most `limit` bytes of output.
pub async fn unpack(bytes: &[u8], limit: usize) -> Result<Vec<u8>, UnpackError> {
    let stream = DecompressionStream::new(FORMAT).map_err(|_| UnpackError::Unsupported)?;
    run(bytes, &stream, limit).await.map_err(|e| match e {
        ReadError::Failed => UnpackError::Corrupt,
        ReadError::OverLimit => UnpackError::OverLimit,
    })
}

/// The share fragment of `s`: packed, or plain where the browser cannot pack; refused when it
/// would not fit in a link.
pub async fn encode(s: &Scenario) -> Result<String, ShareError> {
    let json = super::patch_json(s);
    let packed = pack(json.as_bytes()).await;
    super::frame_link(&json, packed.as_deref())
}

/// Reads a share fragment (with or without `#`).
pub async fn decode(fragment: &str) -> Result<Scenario, ShareError> {
    let json = match super::unframe(fragment)? {
        Payload::Plain(json) => json,
        Payload::Packed(bytes) => unpack(&bytes, MAX_JSON).await?,
    };
    super::scenario_from_json(&json)
}
