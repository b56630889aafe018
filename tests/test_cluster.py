"""Extraction on a real Dask LocalCluster gives the same records, in the same order, as on local processes."""
import pytest

pytestmark = [pytest.mark.model]

TEXTS = [
    "Russia accused Ukraine of launching a drone attack on Moscow on Monday.",
    "The United States imposed new sanctions on Iran, the Treasury said.",
    "Somali forces killed 20 al-Shabab militants in airstrikes, officials said.",
]


def test_cluster_local_dask_matches_processes():
    pytest.importorskip("dask.distributed")
    from claimwatch.api import extract_many
    from claimwatch.ingest import make_article
    articles = [make_article(t, id=str(n), published="2025-03-14") for n, t in enumerate(TEXTS)]
    local = [x.to_dict() for x in extract_many(articles, workers=1)]
    on_dask = [x.to_dict() for x in extract_many(articles, dask="local", workers=2)]
    assert [x["article"]["id"] for x in on_dask] == ["0", "1", "2"]
    assert on_dask == local
