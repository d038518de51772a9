#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""The month panel of `bilateral panel --from gdelt` (events, quad counts, Goldstein sum and mean per
undirected ISO dyad and month) with pandas: read_csv + groupby, as a pandas user writes it. The
comparison point of bench/panel-vs-pandas; it reads only the columns the panel needs, which favours
pandas.

    panel_pandas.py GDELT_FILE CAMEO_COUNTRY_LIST ISO_3166_JSON > panel.csv
"""
import json
import sys

import pandas as pd

CAMEO_TO_ISO = {"TMP": "TLS", "IMY": "IMN", "MTN": "MNE", "ROM": "ROU", "WSB": "PSE", "GZS": "PSE"}


def main():
    path, cameo_list, iso_json = sys.argv[1:4]
    iso3 = {c["alpha_3"] for c in json.load(open(iso_json))["3166-1"]}
    cameo = {l.split("\t")[0] for l in open(cameo_list).read().splitlines()[1:] if l}
    to_iso = {c: c for c in cameo if c in iso3}
    to_iso.update(CAMEO_TO_ISO)

    rows = pd.read_csv(path, sep="\t", header=None, usecols=[1, 7, 17, 29, 30], dtype={1: str, 7: str, 17: str},
                       names=None, quoting=3, keep_default_na=False, na_values={29: [""], 30: [""]})
    rows.columns = ["day", "a", "b", "quad", "goldstein"]
    rows["a"] = rows["a"].map(to_iso)
    rows["b"] = rows["b"].map(to_iso)
    rows = rows.dropna(subset=["a", "b"])
    first = rows[["a", "b"]].min(axis=1)
    second = rows[["a", "b"]].max(axis=1)
    rows["dyad"] = first + "-" + second
    rows["period"] = rows["day"].str[0:4] + "-" + rows["day"].str[4:6]
    quads = pd.get_dummies(rows["quad"]).reindex(columns=[1, 2, 3, 4], fill_value=0)
    quads.columns = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
    rows = pd.concat([rows, quads], axis=1)
    panel = rows.groupby(["dyad", "period"]).agg(
        events=("day", "size"), verbal_cooperation=("verbal_cooperation", "sum"),
        material_cooperation=("material_cooperation", "sum"), verbal_conflict=("verbal_conflict", "sum"),
        material_conflict=("material_conflict", "sum"), goldstein_sum=("goldstein", "sum"),
        goldstein_mean=("goldstein", "mean"))
    panel.to_csv(sys.stdout)


if __name__ == "__main__":
    main()
