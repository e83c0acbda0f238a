from tests.benchmarks import bench_store


def test_store_benchmark_runs_on_a_small_record(capsys):
    """The store benchmark still runs (on a small record, so the test suite stays quick)."""
    figures = bench_store.run(meetings=20, repeat=3)
    assert set(figures) == {"import_s", "import_floor_s", "import_ratio", "import_peak_mb", "search_ms",
                            "search_ratio", "open_ms"}
    assert "ratio" in capsys.readouterr().out
