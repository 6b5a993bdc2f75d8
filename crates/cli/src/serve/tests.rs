use super::*;

#[test]
fn paths_that_leave_the_site_are_refused() {
    assert_eq!(safe_relative("/topics/x/"), Some(PathBuf::from("topics/x")));
    assert_eq!(safe_relative("/"), Some(PathBuf::new()));
    assert_eq!(safe_relative("/a%20b.txt"), Some(PathBuf::from("a b.txt")));
    assert_eq!(safe_relative("/../etc/passwd"), None);
    assert_eq!(safe_relative("/a/../../x"), None);
    assert_eq!(safe_relative("/%2e%2e/x"), None);
    assert_eq!(safe_relative("/a%5c..%5cx"), None);
    assert_eq!(safe_relative("/bad%zz"), None);
}

#[test]
fn html_gets_the_live_reload_script_before_the_end_of_its_body() {
    let r = with_live_reload(b"<html><body><p>x</p></body></html>".to_vec(), "text/html");
    let mut body = String::new();
    r.into_reader().read_to_string(&mut body).unwrap();
    assert_eq!(
        body,
        "<html><body><p>x</p><script src=\"/__counterpoint/live.js\"></script></body></html>"
    );
}
