"""Search benchmark (see scripts/bench-search). Standard library only.

1. generates N synthetic supplier profiles in the import format (seeded, realistic vocabulary, valid NITs and
   DIVIPOLA codes) and sends them to POST /api/v1/imports/suppliers — the product's own bulk path; in mode
   "ingest" after a warm-up import of N/5 (at most 20,000) other profiles, in mode "full" into a fresh application;
2. waits until every profile is searchable (the index total reaches all imported) and reports records/s end to end;
   mode "ingest" stops there (scripts/bench-search repeats it on fresh databases); mode "full" goes on, so search
   and match are measured on a base of exactly N;
3. runs a fixed mix of realistic queries with filters and facets: single client (each query to the product and
   straight to OpenSearch in turn), then 8 concurrent clients;
4. sends equivalent queries straight to OpenSearch and reports the product/raw latency ratio;
5. times GET /api/v1/requirements/{id}/matches over the whole base for a few imported requirements.
"""
import csv
import json
import random
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
CATALOGUE = [
    ("FARMACEUTICA", "EMPAQUE", "1702", "24121500", ["Estuches plegadizos impresos", "Etiquetas autoadhesivas farmacéuticas", "Blíster y foil de aluminio"]),
    ("ALIMENTOS_PROCESADOS", "TRANSFORMACION", "1089", "50192100", ["Snacks de plátano y yuca", "Panadería industrial", "Refrigerios empacados"]),
    ("FRUTAS_HORTALIZAS", "PRODUCCION_PRIMARIA", "0122", "50300000", ["Aguacate Hass de exportación", "Pulpa de fruta congelada", "Hortalizas frescas lavadas"]),
    ("MANTENIMIENTO_INDUSTRIAL", "SERVICIOS_APOYO", "3312", "72151600", ["Mantenimiento de bombas centrífugas", "Dotación y elementos de protección personal", "Pintura industrial y sandblasting"]),
    ("ENERGIAS_RENOVABLES", "SERVICIOS_APOYO", "4321", "26111600", ["Instalación de paneles solares", "Mantenimiento de subestaciones", "Kits solares aislados"]),
    ("MODA", "TRANSFORMACION", "1410", "53100000", ["Confección de uniformes corporativos", "Calzado de seguridad", "Dotación de prendas de trabajo"]),
    ("SBC", "SERVICIOS_APOYO", "6201", "81110000", ["Desarrollo de software a la medida", "Centro de contacto bilingüe", "Analítica de datos"]),
    ("CONSTRUCCION_SOSTENIBLE", "INSUMOS", "2395", "30110000", ["Bloques de tierra comprimida", "Carpintería en madera certificada", "Impermeabilización de cubiertas"]),
    ("LACTEOS_CARNICOS", "TRANSFORMACION", "1040", "50131800", ["Quesos frescos y madurados", "Cortes de res empacados al vacío", "Embutidos cárnicos"]),
    ("CAFE_CACAO", "TRANSFORMACION", "1061", "50201700", ["Café especial tostado", "Cacao fino de aroma", "Chocolatinas de origen"]),
]
CERTS = ["ISO_9001", "ISO_14001", "ISO_45001", "HACCP", "BPM_INVIMA_ALIMENTOS", "RETIE", "SG_SST", "FSC", "BASC", "ISO_22000"]
QUERIES = [
    {"q": "dotación"}, {"q": "EPP", "department": "05"}, {"q": "empaque plegadizo", "certification": "ISO_9001"},
    {"q": "pulpa de fruta", "near": "76001", "radiusKm": "200"}, {"q": "paneles solares", "chain": "ENERGIAS_RENOVABLES"},
    {"q": "uniformes", "size": "MICRO,PEQUENA", "womenLed": "true"}, {"q": "software a la medida", "department": "11"},
    {"q": "quesos", "certification": "BPM_INVIMA_ALIMENTOS", "validOn": "2027-06-30"}, {"q": "cafe tostado", "pdet": "true"},
    {"q": "mantenimiento bombas", "near": "68081", "radiusKm": "300", "sort": "distance"}, {"chain": "MODA"},
    {"q": "calzado de seguridad"}, {"q": "blister", "chain": "FARMACEUTICA"}, {"q": "bloques ecologicos", "department": "05,17,66"},
]


# the supplier alias of the application scripts/bench-search starts (isolated_app_start bench)
ALIAS = "bench-suppliers"


def nit(number):
    s = sum(int(d) * WEIGHTS[i] for i, d in enumerate(reversed(number)))
    r = s % 11
    return f"{number}-{r if r <= 1 else 11 - r}"


def profiles(n, municipalities, seed=7):
    rnd = random.Random(seed)
    for i in range(n):
        chain, link, ciiu, unspsc, offers = CATALOGUE[i % len(CATALOGUE)]
        code, dept = rnd.choice(municipalities)
        name = f"{rnd.choice(['Industrias', 'Comercializadora', 'Taller', 'Cooperativa', 'Soluciones'])} {offers[0].split()[0]} {i}"
        certs = [{"code": c, "validUntil": f"{rnd.randint(2026, 2029)}-{rnd.randint(1, 12):02d}-28", "issuer": "ICONTEC",
                  "number": f"C-{i}"} for c in rnd.sample(CERTS, rnd.randint(0, 3))]
        yield {"nit": nit(str(600000000 + i)), "legalName": name + " S.A.S.", "tradeName": name,
               "size": rnd.choice(["MICRO", "MICRO", "PEQUENA", "MEDIANA"]), "popularEconomy": rnd.random() < 0.1,
               "municipality": code, "coverage": sorted({dept, rnd.choice(municipalities)[1]}), "ciiu": [ciiu],
               "valueChains": [{"chain": chain, "link": link}],
               "offerings": [{"name": o, "description": f"{o} para empresas ancla, entregas semanales.", "unspsc": unspsc}
                             for o in rnd.sample(offers, rnd.randint(1, 2))],
               "certifications": certs,
               "inclusion": {"womenLed": rnd.random() < 0.4, "ethnicGroup": None, "victims": rnd.random() < 0.1, "youthLed": False},
               "description": f"{name}: {offers[0].lower()}.",
               "contact": {"name": "Contacto", "email": f"contacto{i}@bench.example.co", "phone": "+57 300 000 0000"}}


def call(base, path, token, data=None, content_type=None, method=None):
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Accept", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if content_type:
        req.add_header("Content-Type", content_type)
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.loads(r.read() or b"null")


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def stats(times, elapsed):
    return {"p50": percentile(times, 50), "p95": percentile(times, 95), "p99": percentile(times, 99),
            "qps": len(times) / elapsed, "n": len(times)}


def run_pairs(product, raw, count):
    """One client sending each query of the mix to the product and straight to OpenSearch in turn (which goes
    first alternates): both see the same moment of the machine — merges and vacuums after the import included —
    so their ratio measures what the product adds."""
    times = {"product": [], "raw": []}
    elapsed = {"product": 0.0, "raw": 0.0}
    for j in range(count):
        params = QUERIES[j % len(QUERIES)]
        order = (("product", product), ("raw", raw)) if j % 2 == 0 else (("raw", raw), ("product", product))
        for name, fn in order:
            t = time.perf_counter()
            fn(params)
            took = time.perf_counter() - t
            times[name].append(took * 1000)
            elapsed[name] += took
    return stats(times["product"], elapsed["product"]), stats(times["raw"], elapsed["raw"])


def run_queries(fn, clients, per_client):
    times, lock = [], threading.Lock()

    def worker(k):
        local = []
        for j in range(per_client):
            params = QUERIES[(k * 7 + j) % len(QUERIES)]
            t = time.perf_counter()
            fn(params)
            local.append((time.perf_counter() - t) * 1000)
        with lock:
            times.extend(local)
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return stats(times, time.perf_counter() - started)


def raw_query(params, muni):
    must, filters, text = [], [], None
    if "q" in params:
        fields = ["name^3", "offerings.name^4", "offerings.description^2", "description", "legalName"]
        text = {"bool": {"minimum_should_match": 1, "should": [
            {"multi_match": {"query": params["q"], "fields": fields, "type": "best_fields", "operator": "or", "minimum_should_match": "1",
                             "auto_generate_synonyms_phrase_query": False}},
            {"multi_match": {"query": params["q"], "fields": fields, "analyzer": "es_index", "type": "best_fields", "operator": "or",
                             "minimum_should_match": "1", "fuzziness": "AUTO", "prefix_length": 1}}]}}
        must.append(text)
    for key, field in (("department", "department"), ("chain", "chains"), ("size", "size")):
        if key in params:
            filters.append({"terms": {field: params[key].split(",")}})
    for key in ("womenLed", "pdet"):
        if key in params:
            filters.append({"term": {key: True}})
    if "certification" in params:
        filters.append({"range": {"certificationValidUntil." + params["certification"]: {"gte": params.get("validOn", time.strftime("%Y-%m-%d"))}}})
    if "near" in params:
        lat, lon = muni[params["near"]]
        filters.append({"geo_distance": {"distance": params["radiusKm"] + "km", "location": {"lat": lat, "lon": lon}}})
    body = {"query": {"bool": {"must": must, "filter": filters}}, "size": 20, "track_total_hits": True,
            "_source": ["id", "nit", "name", "municipality", "department", "chains", "certificationCodes", "size", "location"],
            "highlight": {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "require_field_match": True,
                          "fields": {"name": {}, "offerings.name": {}, "offerings.description": {}, "description": {"fragment_size": 120, "number_of_fragments": 1}}},
            "aggs": {k: {"terms": {"field": f, "size": 40}} for k, f in
                     {"department": "department", "chain": "chains", "link": "links", "size": "size", "certification": "certificationCodes"}.items()}}
    if text is not None:
        # the product marks what the words as written matched (a second request marks hits found only by a typo)
        body["highlight"]["highlight_query"] = text["bool"]["should"][0]
    if params.get("sort") == "distance":
        lat, lon = muni[params["near"]]
        body["sort"] = [{"_geo_distance": {"location": {"lat": lat, "lon": lon}, "order": "asc", "unit": "km"}}]
    return body


def ingest(base, token, records, already, count_url):
    """Imports the records as one JSON Lines body and waits until search reports all of them (and the `already`
    indexed before): seconds for the import request and from its first byte until searchable.

    While waiting it polls OpenSearch's `_count` on the product's alias (cheap) 4 times a second; once that has
    them all, the product's own search must report them too. Polling the product's search itself — a full query
    with facets over the whole index — 4 times a second would add work the system under test would not do."""
    records = list(records)
    body = b"".join(json.dumps(p, ensure_ascii=False).encode("utf-8") + b"\n" for p in records)
    expected = already + len(records)
    started = time.perf_counter()
    report = call(base, "/api/v1/imports/suppliers", token, body, "application/x-ndjson")
    imported = time.perf_counter() - started
    if report.get("rejected"):
        sys.exit(f"rejected lines: {json.dumps(report)[:1000]}")
    while True:
        counted = json.loads(urllib.request.urlopen(count_url).read())["count"]
        if counted >= expected:
            total = call(base, "/api/v1/search/suppliers?pageSize=1", token)["total"]
            if total >= expected:
                break
        if time.perf_counter() - started > 1800:
            sys.exit(f"index caught up only to {counted} of {expected} within 30 min")
        time.sleep(0.25)
    return {"importSeconds": imported, "searchableSeconds": time.perf_counter() - started}


def main(mode, base, opensearch, email, password, n, municipalities_csv, out_json):
    n = int(n)
    muni = {}
    codes = []
    with open(municipalities_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            muni[row["code"]] = (float(row["lat"]), float(row["lon"]))
            codes.append((row["code"], row["department_code"]))
    token = call(base, "/api/v1/auth/login", None, json.dumps({"email": email, "password": password}).encode(),
                 "application/json")["accessToken"]

    runs = {"n": n}
    already = 0
    count_url = f"{opensearch}/{ALIAS}/_count"
    if mode == "ingest":
        # warm-up: a first, smaller import (other NITs) puts the import and indexing code through the JIT compiler,
        # as in a server that has been running; its own figures are kept as a cold-start ingest
        warm_n = min(20000, max(1000, n // 5))
        warm = ingest(base, token, [dict(p, nit=nit(str(700000000 + i)), contact=dict(p["contact"], email=f"w{i}@bench.example.co"))
                                    for i, p in enumerate(profiles(warm_n, codes, seed=11))], 0, count_url)
        runs["warmUp"] = dict(warm, n=warm_n, ingestPerSecond=warm_n / warm["searchableSeconds"])
        already = warm_n
    measured = ingest(base, token, profiles(n, codes), already, count_url)
    check = call(base, "/api/v1/admin/search/consistency", token)
    runs.update(measured, ingestPerSecond=n / measured["searchableSeconds"],
                consistency=[c for c in check if c["entity"] == "SUPPLIER"][0])
    if mode == "ingest":
        with open(out_json, "w") as f:
            json.dump(runs, f, indent=1)
        print(json.dumps(runs, indent=1))
        return

    def product(params):
        call(base, "/api/v1/search/suppliers?" + urllib.parse.urlencode(params), token)

    index = list(json.loads(urllib.request.urlopen(f"{opensearch}/_alias/{ALIAS}").read()))[0]

    def raw(params):
        req = urllib.request.Request(f"{opensearch}/{index}/_search", data=json.dumps(raw_query(params, muni)).encode(),
                                     method="POST", headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=60).read()

    for fn in (product, raw):  # warm-up
        run_queries(fn, 1, 50)
    single, raw_single = run_pairs(product, raw, 500)
    eight = run_queries(product, 8, 125)
    raw_eight = run_queries(raw, 8, 125)

    requirements = "".join(json.dumps({"anchor": {"nit": nit("890900608"), "name": "Ancla de Referencia S.A.", "type": "NACIONAL"},
                                       "externalId": f"BENCH-{i}", "title": t, "description": d, "valueChain": c, "link": l,
                                       "requiredCertifications": [rc] if rc else [], "deliveryMunicipalities": [m],
                                       "maxDistanceKm": 500, "neededBy": "2027-06-30"}, ensure_ascii=False) + "\n"
                         for i, (t, d, c, l, rc, m) in enumerate([
                             ("Dotación y EPP para personal de planta", "Overoles, botas y guantes", "MANTENIMIENTO_INDUSTRIAL", "SERVICIOS_APOYO", "SG_SST", "68081"),
                             ("Estuches plegadizos para analgésicos", "Cartón impreso con barniz", "FARMACEUTICA", "EMPAQUE", "ISO_9001", "05001"),
                             ("Pulpa de fruta para bebidas", "Mango y maracuyá", "FRUTAS_HORTALIZAS", "PRODUCCION_PRIMARIA", "BPM_INVIMA_ALIMENTOS", "76001"),
                             ("Instalación de paneles solares en escuelas", "Kits aislados", "ENERGIAS_RENOVABLES", "SERVICIOS_APOYO", "RETIE", "44001"),
                             ("Uniformes corporativos bordados", "Tres entregas al año", "MODA", "TRANSFORMACION", None, "11001")]))
    call(base, "/api/v1/imports/requirements", token, requirements.encode("utf-8"), "application/x-ndjson")
    time.sleep(3)  # let the outbox hand the five requirements to the index before asking for matches
    match_times = []
    ids = [call(base, "/api/v1/requirements?" + urllib.parse.urlencode({"externalId": f"BENCH-{i}", "anchorNit": nit("890900608")}),
                token)["items"][0]["id"] for i in range(5)]
    for rounds in range(12):
        for rid in ids:
            t = time.perf_counter()
            call(base, f"/api/v1/requirements/{rid}/matches?limit=20", token)
            match_times.append((time.perf_counter() - t) * 1000)
    match_times = match_times[10:]  # the first two rounds build the corpus statistics and warm the code up
    result = dict(runs, single=single, eight=eight, rawSingle=raw_single, rawEight=raw_eight,
                  ratioMedian=single["p50"] / raw_single["p50"],
                  match={"p50": percentile(match_times, 50), "p95": percentile(match_times, 95), "n": len(match_times)})
    with open(out_json, "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main(*sys.argv[1:9])
