"""Load another eval script (eval/<set>/<name>.py) as a module: the eval folders are not a
package, and this set reuses the check set's scripts rather than copying them."""
import importlib.util
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1]


def load_script(relative_path):
    path = EVAL / relative_path
    spec = importlib.util.spec_from_file_location(path.parent.name + "_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
