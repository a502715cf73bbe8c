//! What a static host needs besides the build itself ([`publish`]): the
//! oEmbed files and share tags that need the site's public address, server
//! headers (CORS, the wasm type, caching), the WordPress plugin zip and the
//! share image; the brotli copies a release build and publishing write
//! ([`compress`]). And [`serve`], the static file server over loopback that
//! makes that image and that the end-to-end tests serve pages from.

pub mod compress;
pub mod publish;
pub mod serve;
pub mod thumbnail;
