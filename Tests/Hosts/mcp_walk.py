"""(b) The official MCP Python SDK spawns `quadrant mcp`, lists its tools and completes a Dutch walk."""

import anyio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

TOOLS = {"start_walk", "say", "suggest_word", "check_quadrant", "render_quadrant", "end_walk"}


def run(binary, check):
    return anyio.run(walk, binary, check)


def field(value, name):
    """A result's field by its snake_case name (SDK 2.x) or camelCase (SDK 1.x): the test runs with either."""
    if hasattr(value, name):
        return getattr(value, name)
    head, *rest = name.split("_")
    return getattr(value, head + "".join(part.title() for part in rest))


def events_of(result):
    return (field(result, "structured_content") or {}).get("events", [])


async def walk(binary, check):
    figures = {"tool calls": 0}
    server = StdioServerParameters(command=str(binary), args=["mcp"])
    async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
        initialized = await session.initialize()
        check(field(initialized, "server_info").name == "quadrant", "mcp: serverInfo names quadrant")
        figures["protocol"] = field(initialized, "protocol_version")

        listed = await session.list_tools()
        names = {tool.name for tool in listed.tools}
        check(names == TOOLS, f"mcp: tools/list gives {sorted(names)}")
        check(all(len(tool.description or "") > 80 for tool in listed.tools), "mcp: every tool is described")

        async def call(name, arguments):
            figures["tool calls"] += 1
            result = await session.call_tool(name, arguments)
            text = "\n".join(block.text for block in result.content if block.type == "text")
            return field(result, "is_error"), text, events_of(result)

        failed, text, events = await call("start_walk", {"lang": "nl", "session": "sdk"})
        check(not failed and "Waar is jullie team echt goed in?" in text, f"mcp: start_walk asks the first question in Dutch: {text[:200]}")
        check("klantgerichtheid" in text and "say" in text, "mcp: start_walk's text lists the options and how to pick one")

        # A Dutch walk answered as a person would, partly in free text: the first three by option value.
        replies = [events[-1]]
        for choice in ["klantgerichtheid", "grenzeloosheid", "duidelijkheid", "star"]:
            options = [option["value"] for option in replies[-1]["options"]]
            check(choice in options or choice == "star", f"mcp: {choice} is offered: {options}")
            failed, text, events = await call("say", {"session": "sdk", "text": choice})
            check(not failed, f"mcp: say {choice}: {text[:200]}")
            replies = [event for event in events if event["type"] == "reply"]
        completed = [event for event in events if event["type"] == "quadrant"]
        check(len(completed) == 1 and completed[0]["closed"], f"mcp: the walk ends in a closed quadrant: {events}")
        check(completed and completed[0]["quadrant"] == {"quality": "klantgerichtheid", "pitfall": "grenzeloosheid",
                                                         "challenge": "duidelijkheid", "allergy": "starheid"}, "mcp: the seed's quadrant")
        check("kwadrant is rond" in text, f"mcp: the reply says the quadrant is round: {text[:300]}")

        failed, text, events = await call("render_quadrant", {"session": "sdk", "format": "svg"})
        check(not failed and text.startswith("<svg") and "starheid" in text, f"mcp: render_quadrant gives the SVG card: {text[:120]}")

        failed, text, events = await call("check_quadrant", {"lang": "nl", "quadrant": {"quality": "klantgericht", "pitfall": "grenzeloos",
                                                                                 "challenge": "duidelijk", "allergy": "star"}})
        check(not failed and text.startswith("Closed"), f"mcp: check_quadrant closes the seed: {text[:120]}")
        failed, text, events = await call("suggest_word", {"word": "grenzeloos", "lang": "nl"})
        check(not failed and "grenzeloosheid" in text, f"mcp: suggest_word knows grenzeloos: {text[:120]}")

        failed, text, events = await call("say", {"session": "sdk"})
        check(failed and "text" in text, f"mcp: a call without text is a tool error that names the field: {text}")
        failed, text, events = await call("end_walk", {"session": "sdk"})
        check(not failed and "ended" in text, f"mcp: end_walk ends it: {text}")
        failed, text, events = await call("render_quadrant", {"session": "sdk"})
        check(failed and "unknown_session" in text, f"mcp: an ended walk cannot be rendered: {text}")
    return figures
