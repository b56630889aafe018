"""Extraction on a Dask cluster: articles go out in partitions, each worker loads the pipeline
once and sends back plain records. `address` is a scheduler address ("tcp://host:8786") or
"local" for a LocalCluster on this machine."""
from typing import Iterable, Iterator, Optional, Union

from .records import Article, Extraction


def _extract_partition(articles: list, extra: tuple) -> list:
    from .api import load_pipeline  # imported on the worker; the pipeline is cached per worker process
    pipeline = load_pipeline(extra)
    out = []
    for article in articles:
        try:
            out.append(next(pipeline.run([article])))
        except Exception as err:  # one article must not sink a partition
            out.append(err)
    return out


def client_for(address: str, workers: Optional[int] = None):
    from dask.distributed import Client, LocalCluster
    if address == "local":
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


def extract_on_dask(articles: Iterable[Article], address: str, partition_size: int = 16,
                    extra: Iterable[str] = (), workers: Optional[int] = None) -> Iterator[Union[Extraction, Exception]]:
    """Extractions in input order, computed on the cluster at `address`."""
    articles = list(articles)
    client = client_for(address, workers)
    try:
        parts = [articles[i:i + partition_size] for i in range(0, len(articles), partition_size)]
        futures = [client.submit(_extract_partition, part, tuple(extra), pure=False) for part in parts]
        for future in futures:  # in order, each as soon as it is done
            yield from future.result()
    finally:
        client.close()
        if address == "local":
            client.cluster.close() if client.cluster is not None else None
