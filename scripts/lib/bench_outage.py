"""OpenSearch outage during a bulk import (used by scripts/bench-outage).

Imports N synthetic profiles through the product's bulk path; a few seconds in, OpenSearch is stopped; the import
must still finish (PostgreSQL is the source of truth, index work waits in the outbox) and search must answer 503;
then OpenSearch is started again and the consistency check must come back clean (no missing, no stale document).
"""
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error

sys.path.insert(0, os.path.dirname(__file__))
from bench_search import call, profiles  # noqa: E402  (same synthetic profiles and HTTP helper as bench-search)


def services(root, action):
    subprocess.run([os.path.join(root, "scripts", "services"), action, "opensearch"], check=True,
                   stdout=subprocess.DEVNULL)


def consistency(base, token):
    try:
        return {c["entity"]: c for c in call(base, "/api/v1/admin/search/consistency", token)}
    except (urllib.error.URLError, OSError, ValueError):
        return None


def main(root, base, email, password, n, municipalities_csv, out_json, stop_after):
    n, stop_after = int(n), float(stop_after)
    import csv
    codes = []
    with open(municipalities_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            codes.append((row["code"], row["department_code"]))
    token = call(base, "/api/v1/auth/login", None, json.dumps({"email": email, "password": password}).encode(),
                 "application/json")["accessToken"]
    body = b"".join(json.dumps(p, ensure_ascii=False).encode("utf-8") + b"\n" for p in profiles(n, codes, seed=11))

    result = {}

    def run_import():
        started = time.perf_counter()
        result["report"] = call(base, "/api/v1/imports/suppliers", token, body, "application/x-ndjson")
        result["importSeconds"] = time.perf_counter() - started

    importer = threading.Thread(target=run_import)
    started = time.perf_counter()
    importer.start()
    time.sleep(stop_after)
    services(root, "stop")
    stopped_at = time.perf_counter()
    importer.join()
    if "report" not in result:
        sys.exit("the import failed while OpenSearch was down")
    search_status = None
    try:
        call(base, "/api/v1/search/suppliers?pageSize=1", token)
        search_status = 200
    except urllib.error.HTTPError as e:
        search_status = e.code
    services(root, "start")
    restarted_at = time.perf_counter()
    clean = None
    while time.perf_counter() - restarted_at < 900:
        check = consistency(base, token)
        if check and all(not c["missing"] and not c["stale"] and not c["extra"] and c["inDatabase"] == c["inIndex"]
                         for c in check.values()):
            clean = check
            break
        time.sleep(1)
    drained = time.perf_counter() - restarted_at
    out = {"profiles": n, "accepted": result["report"].get("accepted"), "rejected": result["report"].get("rejected"),
           "importSeconds": result["importSeconds"], "outageSeconds": restarted_at - stopped_at,
           "stoppedAfterSeconds": stopped_at - started, "searchDuringOutage": search_status,
           "secondsToConsistentAfterRestart": drained if clean else None,
           "consistency": clean or consistency(base, token)}
    json.dump(out, open(out_json, "w"), indent=2)
    print(json.dumps(out, indent=2))
    if not clean:
        sys.exit("the index did not become consistent within 15 minutes of OpenSearch's return")


if __name__ == "__main__":
    main(*sys.argv[1:9])
