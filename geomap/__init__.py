"""geomap: turn news articles into a shareable situation map.

>>> import geomap
>>> [m.text for m in geomap.places("Talks opened in Geneva on Monday.")]
['Geneva']
"""

from .errors import DataError, GeocoderError, GeomapError, InputError, OptionError
from .ingest import read_articles
from .pipeline import extract, mention_record, places, situation, write_outputs
from .records import Article, Candidate, Excerpt, Mention, Place

__all__ = ["Article", "Candidate", "DataError", "Excerpt", "GeocoderError", "GeomapError", "InputError",
           "Mention", "OptionError", "Place", "extract", "mention_record", "places", "read_articles", "situation",
           "write_outputs"]
__version__ = "0.1.0"
