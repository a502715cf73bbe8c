//! A static file server (hyper, on a small tokio runtime of its own) on
//! 127.0.0.1 with a free port, stopped on drop. Files come through
//! tower-http's `ServeDir`: the release's brotli copy (`<file>.br`) when the
//! browser takes brotli, else the file gzipped on the fly, as real hosts
//! do. It adds its headers to every answer and records every request (CSP
//! reports arrive as POSTs).
//!
//! Each connection is its own task, kept alive as browsers expect. (It was
//! tiny_http 0.12: a request on a kept-alive connection could sit unread
//! for 20 s while a frame and its page fetched the widget's files at once,
//! which timed out a test in 5 of 7 runs of the embed and a11y tests.)

use std::convert::Infallible;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderName, HeaderValue};
use hyper_util::rt::TokioIo;

/// One request the server saw.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub body: String,
}

pub struct Server {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

/// What every answer carries, and where its files come from.
struct Site {
    root: PathBuf,
    headers: Vec<(HeaderName, HeaderValue)>,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    /// Serves `root`, answering every request with `headers` added.
    pub fn start(root: PathBuf, headers: Vec<(String, String)>) -> Server {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().expect("a TCP address");
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let site = Arc::new(Site {
            root,
            headers: headers
                .iter()
                .map(|(k, v)| {
                    (
                        HeaderName::from_bytes(k.as_bytes()).expect("a valid header name"),
                        HeaderValue::from_str(v).expect("a valid header value"),
                    )
                })
                .collect(),
            requests: requests.clone(),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_io()
            .build()
            .expect("a tokio runtime");
        std::thread::spawn(move || {
            runtime.block_on(async move {
                let listener =
                    tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
                let accept = async {
                    while let Ok((stream, _)) = listener.accept().await {
                        let site = site.clone();
                        tokio::spawn(async move {
                            let service = hyper::service::service_fn(move |request| {
                                let site = site.clone();
                                async move { Ok::<_, Infallible>(answer(request, &site).await) }
                            });
                            // A client that goes away mid-answer is no error here.
                            let _ = hyper::server::conn::http1::Builder::new()
                                .serve_connection(TokioIo::new(stream), service)
                                .await;
                        });
                    }
                };
                tokio::select! {
                    _ = accept => {}
                    _ = stopped => {}
                }
            });
            // Dropping the runtime here ends every connection still open.
        });
        Server {
            addr,
            requests,
            stop: Some(stop),
        }
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Gzip at the highest level, as a host precompresses static files.
pub fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("gzip in memory");
    e.finish().expect("gzip in memory")
}

/// Answers one request from the site's root (see [`file`]), and 405 for
/// anything but GET and HEAD, as a static host does (a CSP report is
/// recorded all the same; browsers read nothing of the answer).
async fn answer(request: hyper::Request<Incoming>, site: &Site) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| String::from_utf8_lossy(&b.to_bytes()).into_owned())
        .unwrap_or_default();
    let path = parts.uri.path().to_owned();
    let method = parts.method.as_str().to_owned();
    site.requests.lock().unwrap().push(Request {
        method: method.clone(),
        path,
        body,
    });
    let mut response = if method != "GET" && method != "HEAD" {
        status(405, "a static site: only GET and HEAD")
    } else {
        file(&site.root, hyper::Request::from_parts(parts, ())).await
    };
    for (k, v) in &site.headers {
        response.headers_mut().append(k.clone(), v.clone());
    }
    response
}

/// The file under `root` (`index.html` for a folder), or 404: brotli from
/// the release's `.br` copy when accepted, else gzipped at the highest
/// level when accepted, as a host that precompresses does. ServeDir reads
/// on tokio's blocking threads, not on the two that carry every connection
/// (reading and gzipping there held up the page's CSS behind the wasm:
/// 1.12x -> 1.31x the floor's first paint in the bench).
async fn file(root: &Path, request: hyper::Request<()>) -> hyper::Response<Full<Bytes>> {
    use tower::ServiceExt;
    use tower_http::compression::{CompressionLayer, CompressionLevel};
    let service = tower::ServiceBuilder::new()
        .layer(
            CompressionLayer::new()
                .no_br()
                .no_deflate()
                .no_zstd()
                .quality(CompressionLevel::Best),
        )
        .service(tower_http::services::ServeDir::new(root).precompressed_br());
    let Ok(response) = service.oneshot(request).await;
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = body.collect().await.map(|b| b.to_bytes()) else {
        return status(500, "the server could not read the file");
    };
    // As the published headers say (`_headers`, `.htaccess`): revalidate
    // every time.
    parts.headers.insert(
        hyper::header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache"),
    );
    hyper::Response::from_parts(parts, Full::new(bytes))
}

fn status(code: u16, text: &'static str) -> hyper::Response<Full<Bytes>> {
    hyper::Response::builder()
        .status(code)
        .body(Full::new(Bytes::from_static(text.as_bytes())))
        .expect("a valid response")
}
