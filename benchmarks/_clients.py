"""Load clients for benchmarks/load.py, run as a process of their own: N threads, each one
reader who opens the fund page (their own form token and cookie) and submits the form with
a file, one submission after another. Prints one JSON line: every submission's latency.

    python benchmarks/_clients.py SPEC.json
"""

import json
import re
import sys
import threading
import time

import requests

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def client(spec, number, barrier, results, lock):
    session = requests.Session()
    address = f"10.{number // 250}.{number % 250}.1"
    headers = {"X-Forwarded-For": address}
    with open(spec["file"], "rb") as handle:
        pdf = handle.read()
    barrier.wait()
    for form in spec["forms"][number]:
        page = session.get(spec["url"], headers=headers, timeout=60)
        token = TOKEN.search(page.text).group(1)
        data = {**form, "csrfmiddlewaretoken": token}
        files = {spec["file_field"]: ("budget.pdf", pdf, "application/pdf")}
        began = time.perf_counter()
        answer = session.post(
            spec["url"],
            data=data,
            files=files,
            headers={**headers, "Referer": spec["url"]},
            allow_redirects=False,
            timeout=60,
        )
        elapsed = time.perf_counter() - began
        with lock:
            results.append({"ms": elapsed * 1000, "status": answer.status_code})


def main():
    spec = json.load(open(sys.argv[1]))  # noqa: SIM115
    count = len(spec["forms"])
    barrier, lock, results = threading.Barrier(count), threading.Lock(), []
    threads = [
        threading.Thread(target=client, args=(spec, n, barrier, results, lock))
        for n in range(count)
    ]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({"results": results, "wall": time.perf_counter() - began}))


if __name__ == "__main__":
    main()
