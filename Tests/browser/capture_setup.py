"""Shared setup for the answer-capture tests: the demo plus a planned panel interview."""

import datetime


def planned_panel(server):
    """Loads the demo, adds a three-person panel at Lumen Health tomorrow, plans it.

    Returns (interview id, the plan's asks as dicts).
    """
    server.cli("demo", check=True)
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    server.cli(
        "interview", "add", "lumen", "--at", f"{tomorrow} 10:00", "--tz", "UTC", "--minutes", "60",
        "--question-minutes", "20", "--kind", "panel",
        "--with", "Ana Ruiz:engineer", "--with", "Priya Raman", "--with", "Sam Okafor", check=True,
    )
    interviews = server.cli_json("interview", "list", "--json")
    panel = next(i for i in interviews if i["kind"] == "panel" and i["status"] == "scheduled")
    plan = server.cli_json("plan", panel["id"], "--json")
    return panel["id"], plan["asks"]
