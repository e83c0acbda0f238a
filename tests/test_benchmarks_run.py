from tests.benchmarks import bench_store


def test_store_benchmark_runs_on_a_small_record(capsys):
    """The store benchmark still runs (on a small record, so the test suite stays quick)."""
    figures = bench_store.run(meetings=20, repeat=3)
    assert set(figures) == {"import_s", "import_floor_s", "import_ratio", "import_peak_mb", "search_ms",
                            "search_ratio", "open_ms"}
    assert "ratio" in capsys.readouterr().out


def test_window_benchmark_runs_on_a_small_record(capsys):
    """The window benchmark still runs (small record, one start-up each)."""
    from tests.benchmarks import bench_window

    figures = bench_window.run(meetings=5, runs=1)
    assert figures["rows"] == 500 + bench_window.LONG_MEETING_ENTRIES - 400  # m-0: its 100 entries and the long day
    assert figures["pages_read"] <= figures["rows"] / 200 + 3  # each page read about once, as it came into view
    assert "start-up" in capsys.readouterr().out


def test_documents_benchmark_runs_on_a_short_text(capsys):
    """The printing benchmark still runs (a few pages, one run each)."""
    from tests.benchmarks import bench_documents

    figures = bench_documents.run(pages=3, runs=1)
    assert figures["pages"] >= 2 and figures["ratio"] > 0
    assert "ratio" in capsys.readouterr().out


def test_report_benchmark_runs_on_a_small_record(capsys):
    """The report benchmark still runs (a small record): the report, its LongTable floor, the window."""
    from tests.benchmarks import bench_report

    figures = bench_report.run(meetings=30)
    assert figures["commitments"] == 200 and figures["ratio"] > 0 and figures["progress_moves"] >= 0
    assert "LongTable" in capsys.readouterr().out


def test_minutes_benchmark_runs_on_a_short_meeting(capsys):
    """The benchmark of the printed record still runs (a meeting of 60 entries, one run)."""
    from tests.benchmarks import bench_minutes

    figures = bench_minutes.run(entries=60, runs=1)
    assert figures["entries"] == 60 and figures["pages"] >= 2 and figures["ratio"] > 0
    assert "target < 3 s" in capsys.readouterr().out
