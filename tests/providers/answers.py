"""JSON answers in the shapes of the real APIs (written for these tests, not copied)."""

import json


def wayback_available(archived_url: str, *, timestamp="20250121093000", status="200") -> bytes:
    return json.dumps(
        {
            "url": "example.org/report",
            "archived_snapshots": {
                "closest": {
                    "status": status,
                    "available": True,
                    "url": archived_url,
                    "timestamp": timestamp,
                }
            },
        }
    ).encode()


WAYBACK_NOTHING = json.dumps({"url": "example.org/never", "archived_snapshots": {}}).encode()

FACTCHECK = json.dumps(
    {
        "claims": [
            {
                "text": "The new tram line will cost 18 million euros.",
                "claimant": "Mayor of Exampleville",
                "claimDate": "2025-02-28T00:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "Check Desk", "site": "checkdesk.example"},
                        "url": "https://checkdesk.example/tram-cost",
                        "title": "Does the tram line cost 18 million euros?",
                        "reviewDate": "2025-03-04T10:00:00Z",
                        "textualRating": "Misleading",
                        "languageCode": "en",
                    },
                    {
                        "publisher": {"site": "verif.example"},
                        "url": "https://verif.example/tram",
                        "title": "Tram: the real bill",
                        "reviewDate": "2025-03-06",
                        "textualRating": "Partly false",
                        "languageCode": "en",
                    },
                ],
            },
            {"text": "A claim with no review yet.", "claimant": "Someone"},
        ],
        "nextPageToken": "CAo",
    }
).encode()

MEDIAWIKI = json.dumps(
    {
        "batchcomplete": True,
        "continue": {"sroffset": 2, "continue": "-||"},
        "query": {
            "searchinfo": {"totalhits": 2},
            "search": [
                {
                    "ns": 0,
                    "title": "Tramway d'Exampleville",
                    "pageid": 4242,
                    "size": 18000,
                    "wordcount": 2100,
                    "snippet": 'Le <span class="searchmatch">tramway</span> &amp; son coût',
                    "timestamp": "2025-01-10T08:00:00Z",
                },
                {
                    "ns": 0,
                    "title": "Conseil municipal",
                    "pageid": 77,
                    "snippet": 'Le <span class="searchmatch">budget</span> voté',
                },
            ],
        },
    }
).encode()
