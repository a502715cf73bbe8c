//! A static file server (tiny_http) on 127.0.0.1 with a free port, stopped
//! on drop. It gzips when asked, as any real host does, adds its headers to
//! every answer, and records every request (CSP reports arrive as POSTs).

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// One request the server saw.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub body: String,
}

pub struct Server {
    pub addr: SocketAddr,
    server: Arc<tiny_http::Server>,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    /// Serves `root`, answering every request with `headers` added.
    pub fn start(root: PathBuf, headers: Vec<(String, String)>) -> Server {
        let server =
            Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind a loopback port"));
        let addr = server.server_addr().to_ip().expect("a TCP address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (listener, log) = (server.clone(), requests.clone());
        let headers: Vec<tiny_http::Header> = headers
            .iter()
            .map(|(k, v)| {
                tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).expect("a valid header")
            })
            .collect();
        std::thread::spawn(move || {
            for request in listener.incoming_requests() {
                let (root, headers, log) = (root.clone(), headers.clone(), log.clone());
                std::thread::spawn(move || answer(request, &root, headers, &log));
            }
        });
        Server {
            addr,
            server,
            requests,
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
        self.server.unblock();
    }
}

/// Gzip at the highest level, as a host precompresses static files.
pub fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("gzip in memory");
    e.finish().expect("gzip in memory")
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("zip") => "application/zip",
        _ => "application/octet-stream",
    }
}

/// Answers one request from `root`: the file (gzipped when the client
/// accepts it), `index.html` for a folder, 404 for anything else, and 204
/// for anything but GET and HEAD.
fn answer(
    mut request: tiny_http::Request,
    root: &Path,
    headers: Vec<tiny_http::Header>,
    log: &Mutex<Vec<Request>>,
) {
    let mut body = String::new();
    let _ = request.as_reader().read_to_string(&mut body);
    let path = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_owned();
    let method = request.method().to_string();
    log.lock().unwrap().push(Request {
        method: method.clone(),
        path: path.clone(),
        body,
    });
    let header = |k: &str, v: &str| tiny_http::Header::from_bytes(k, v).expect("a valid header");
    let with_headers = |mut response: tiny_http::ResponseBox| {
        for h in &headers {
            response.add_header(h.clone());
        }
        response
    };
    if method != "GET" && method != "HEAD" {
        let _ = request.respond(with_headers(tiny_http::Response::empty(204).boxed()));
        return;
    }
    let mut file = root.to_path_buf();
    for part in Path::new(path.trim_start_matches('/')).components() {
        if let Component::Normal(p) = part {
            file.push(p);
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let response = match std::fs::read(&file) {
        Ok(bytes) => {
            let gzip = request
                .headers()
                .iter()
                .any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains("gzip"));
            let mut response = if gzip {
                tiny_http::Response::from_data(gzip_bytes(&bytes))
                    .with_header(header("Content-Encoding", "gzip"))
            } else {
                tiny_http::Response::from_data(bytes)
            };
            response.add_header(header("Content-Type", content_type(&file)));
            response.add_header(header("Cache-Control", "no-store"));
            response.boxed()
        }
        Err(_) => tiny_http::Response::from_string("not found")
            .with_status_code(404)
            .boxed(),
    };
    let _ = request.respond(with_headers(response));
}
