"""Load clients for benchmarks/load.py, run as a process of their own: N threads, each one
reader who opens the form's page (their own form token and cookie) and submits the form,
with a file if the spec names one, one submission after another. Prints one JSON line:
every submission's latency and status, the wall time and this process's CPU time.

    python benchmarks/_clients.py SPEC.json

Plain http.client and a multipart body written by hand: the clients stand in for 20
browsers elsewhere, so they should take as little of this machine's CPU as they can.
"""

import http.client
import json
import re
import sys
import threading
import time
import uuid
from urllib.parse import urlsplit

TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
COOKIE = re.compile(r"csrftoken=([^;]+)")


def multipart(fields, files, boundary):
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for name, filename, content_type, content in files:
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts)


def fields_of(form):
    for name, value in form.items():
        for one in value if isinstance(value, list) else [value]:
            yield name, one


def client(spec, number, barrier, results, lock):
    url = urlsplit(spec["url"])
    files = []
    if spec.get("file"):
        with open(spec["file"], "rb") as handle:
            files = [(spec["file_field"], "budget.pdf", "application/pdf", handle.read())]
    headers = {"X-Forwarded-For": f"10.{number // 250}.{number % 250}.1", "Host": url.netloc}
    cookie = None
    barrier.wait()
    for form in spec["forms"][number]:
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        connection.request("GET", url.path, headers={**headers, **cookie_header(cookie)})
        page = connection.getresponse()
        body = page.read()
        connection.close()
        cookie = next(
            (m.group(1) for m in map(COOKIE.search, page.headers.get_all("Set-Cookie", [])) if m),
            cookie,
        )
        token = TOKEN.search(body).group(1).decode()
        boundary = uuid.uuid4().hex
        data = multipart([*fields_of(form), ("csrfmiddlewaretoken", token)], files, boundary)
        began = time.perf_counter()
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        connection.request(
            "POST",
            url.path,
            body=data,
            headers={
                **headers,
                **cookie_header(cookie),
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Referer": spec["url"],
            },
        )
        answer = connection.getresponse()
        answer.read()
        elapsed = time.perf_counter() - began
        connection.close()
        with lock:
            results.append({"ms": elapsed * 1000, "status": answer.status})


def cookie_header(token):
    return {"Cookie": f"csrftoken={token}"} if token else {}


def main():
    spec = json.load(open(sys.argv[1]))  # noqa: SIM115
    count = len(spec["forms"])
    barrier, lock, results = threading.Barrier(count), threading.Lock(), []
    threads = [
        threading.Thread(target=client, args=(spec, n, barrier, results, lock))
        for n in range(count)
    ]
    began, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(
        json.dumps(
            {
                "results": results,
                "wall": time.perf_counter() - began,
                "cpu": time.process_time() - cpu,
            }
        )
    )


if __name__ == "__main__":
    main()
