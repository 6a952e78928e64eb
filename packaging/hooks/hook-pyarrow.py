"""pyarrow for the bundle: its Python modules but for the engines surveytool never uses.

The contributed hook collects all of pyarrow (flight, S3, headers, Cython sources, tests:
about 170 MB). Here only modules are listed; the shared libraries they link to (libarrow,
libparquet, compute, dataset, acero and substrait, which pyarrow.lib needs at load) are found
by PyInstaller's own dependency analysis. build_exe.spec drops the unused libraries' files."""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("flight", "substrait", "cuda", "gandiva", "orc", "tests", "_s3fs", "_gcsfs")
UNUSED += ("_azurefs", "_hdfs", "interchange", "jvm", "benchmark")

hiddenimports = collect_submodules(  # the filter also keeps PyInstaller from importing them
    "pyarrow", filter=lambda name: not any(part in name for part in UNUSED)
)
