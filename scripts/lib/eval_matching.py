"""Evaluation of the product's matching on a judged relevance set (see ../shared/eval/README.md).

Imports the set through the product's own bulk endpoints, waits until the search index has caught up, asks
GET /api/v1/requirements/{id}/matches for every requirement, and scores the run with the set's score.py. The
keyword-only baseline is the product's own supplier search (BM25 with the Spanish analysis and synonyms, no
eligibility rules) over the requirement's title and description. Standard library only.
"""
import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def call(base, method, path, token=None, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode("utf-8"))
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", content_type)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, raw.decode("utf-8", "replace")


def main(base, set_dir, email, password, score_py, out_prefix):
    status, session = call(base, "POST", "/api/v1/auth/login", body={"email": email, "password": password})
    if status != 200:
        sys.exit(f"login failed ({status}): {session}")
    token = session["accessToken"]
    for kind in ("suppliers", "requirements"):
        with open(f"{set_dir}/{kind}.jsonl", "rb") as f:
            status, report = call(base, "POST", f"/api/v1/imports/{kind}", token, f.read(), "application/x-ndjson")
        if status != 200 or report.get("rejected", 1) != 0:
            sys.exit(f"import of {kind} failed ({status}): {json.dumps(report, ensure_ascii=False)[:2000]}")
        print(f"imported {kind}: {report['accepted']} accepted, {report['rejected']} rejected", flush=True)
    deadline = time.time() + 300
    while True:
        status, check = call(base, "GET", "/api/v1/admin/search/consistency", token)
        if status == 200 and all(c["missing"] == [] and c["stale"] == [] for c in check):
            break
        if time.time() > deadline:
            sys.exit(f"the search index did not catch up within 300 s: {check}")
        time.sleep(0.5)
    run, baseline = {}, {}
    with open(f"{set_dir}/requirements.jsonl", encoding="utf-8") as f:
        requirements = [json.loads(line) for line in f if line.strip()]
    latencies = []
    for r in requirements:
        query = urllib.parse.urlencode({"externalId": r["externalId"], "anchorNit": r["anchor"]["nit"]})
        status, page = call(base, "GET", f"/api/v1/requirements?{query}", token)
        if status != 200 or not page.get("items"):
            sys.exit(f"requirement {r['externalId']} not found ({status}): {page}")
        rid = page["items"][0]["id"]
        started = time.perf_counter()
        status, result = call(base, "GET", f"/api/v1/requirements/{rid}/matches?limit=50", token)
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            sys.exit(f"matches of {r['externalId']} failed ({status}): {result}")
        run[r["externalId"]] = {"matches": [m["nit"] for m in result["matches"]],
                                "nearMisses": [m["nit"] for m in result["nearMisses"]]}
        text = (r.get("title") or "") + " " + (r.get("description") or "")
        status, found = call(base, "GET", "/api/v1/search/suppliers?" + urllib.parse.urlencode({"q": text, "pageSize": 50}), token)
        baseline[r["externalId"]] = {"matches": [i["nit"] for i in found.get("items", [])] if status == 200 else [],
                                     "nearMisses": []}
    results = {}
    for name, data in (("product", run), ("keyword-only", baseline)):
        path = f"{out_prefix}-{name}.json"
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        output = subprocess.run([sys.executable, score_py, f"{set_dir}/qrels.tsv", path], capture_output=True, text=True)
        summary = [line for line in output.stdout.splitlines() if line.startswith("SUMMARY")]
        if output.returncode != 0 or not summary:
            sys.exit(f"score.py failed: {output.stdout}\n{output.stderr}")
        results[name] = summary[0]
        print(f"{name:13s} {summary[0]}", flush=True)
    latencies.sort()
    p50 = latencies[len(latencies) // 2]
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    print(f"match latency over {len(latencies)} requirements: p50 {p50:.0f} ms, p95 {p95:.0f} ms", flush=True)
    with open(f"{out_prefix}-summary.json", "w", encoding="utf-8") as f:
        json.dump({"results": results, "p50ms": round(p50), "p95ms": round(p95), "requirements": len(requirements)}, f)


if __name__ == "__main__":
    main(*sys.argv[1:7])
