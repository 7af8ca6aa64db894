"""(a) Every request and event of every dialogue script, and every protocol.md example, against protocol.schema.json.

The scripts' turns are sent through the real `quadrant serve`, so the events checked are what quadrant
actually writes. Requests are checked both ways: a line quadrant serves must be valid, and a line it refuses
as malformed (unknown_type, missing_field, invalid_field) must be invalid, so the schema and the decoder
cannot drift apart in either direction.
"""

import concurrent.futures
import json
import pathlib
import re
import subprocess

import jsonschema

REFUSED = {"unknown_type", "missing_field", "invalid_field"}
NOT_AN_OBJECT = {"invalid_json", "invalid_utf8", "line_too_long", "not_an_object"}


def script_inputs(path):
    """The input lines of a dialogue script (as bytes), and its max-sessions, as Dialogues/README.md describes."""
    session, limit, lines = "dialogue", None, []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("max-sessions:"):
            limit = int(line[13:].strip())
        elif line.startswith("session:"):
            session = line[8:].strip()
        elif line.startswith("you:"):
            lines.append(say(session, line[4:].strip()))
        elif match := re.match(r"you\(([^),]+)(, *mentioned)?\):(.*)", line):
            name = match.group(1).strip()
            lines.append(say(session, match.group(3).strip(), {"id": name.lower(), "name": name}, bool(match.group(2))))
        elif line.startswith(">long "):
            lines.append(b"x" * int(line[6:]))
        elif line.startswith(">bytes "):
            text = line[7:]
            lines.append(re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]), text.encode()))
        elif line.startswith(">"):
            lines.append(line[2:].encode() if line.startswith("> ") else line[1:].encode())
    return lines, limit


def say(session, text, participant=None, mentioned=False):
    request = {"type": "say", "session": session, "text": text}
    if participant:
        request["participant"] = participant
    if mentioned:
        request["mentioned"] = True
    return json.dumps(request, ensure_ascii=False).encode()


def expected_events(path):
    """The exact events a script writes down (`< {...}`), which are documentation too."""
    return [line[1:].strip() for line in path.read_text(encoding="utf-8").split("\n") if line.startswith("< ") or line.startswith("<{")]


def run(root, binary, check):
    schema = json.loads((root / "protocol.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    requests = jsonschema.Draft202012Validator({**schema, "anyOf": [{"$ref": "#/$defs/request"}]})
    events = jsonschema.Draft202012Validator({**schema, "anyOf": [{"$ref": "#/$defs/event"}]})

    def problem(validator, value):
        """None when `value` is valid; else the reason, told by the message's own block when its type has one."""
        if validator.is_valid(value):
            return None
        kind = value.get("type") if isinstance(value, dict) else None
        if isinstance(kind, str) and kind in schema["$defs"]:
            validator = jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{kind}"})
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        return f"{error.message} (at {'/'.join(map(str, error.absolute_path)) or 'the top'})" if error else "invalid"

    def serve(path):
        """Runs one script's input lines through a fresh `quadrant serve`: its lines and what quadrant wrote."""
        lines, limit = script_inputs(path)
        arguments = [str(binary), "serve"] + (["--max-sessions", str(limit)] if limit else [])
        output = subprocess.run(arguments, input=b"".join(line + b"\n" for line in lines), capture_output=True, check=True).stdout
        return lines, [json.loads(line) for line in output.decode("utf-8").splitlines()]

    def damaged_state(request, code):
        """A `restore` whose state string is well-formed JSON but damaged, foreign or newer: only quadrant can tell."""
        return request.get("type") == "restore" and code == "invalid_field" and bool(request.get("state")) and isinstance(request["state"], str)

    counts = {"requests valid": 0, "requests refused and invalid": 0, "events": 0, "documented lines": 0}
    paths = sorted((root / "Dialogues").glob("*.dialogue"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:  # each start-up loads the lexicons: overlap them
        served = list(pool.map(serve, paths))
    for path, (lines, written) in zip(paths, served):
        check(written and written[0].get("type") == "ready", f"{path.name}: serve starts with ready")
        refused = {event["line"]: event["code"] for event in written if event.get("type") == "error" and "line" in event}
        for event in written:
            message = problem(events, event)
            check(message is None, f"{path.name}: event {json.dumps(event, ensure_ascii=False)[:160]}: {message}")
            counts["events"] += 1
        for number, line in enumerate(lines, start=1):
            code = refused.get(number)
            if code in NOT_AN_OBJECT or not line.strip():
                continue
            request = json.loads(line)
            message = problem(requests, request)
            if code in REFUSED and not damaged_state(request, code):
                check(message is not None, f"{path.name}: input line {number} was refused ({code}) but the schema accepts it: {line.decode()}")
                counts["requests refused and invalid"] += 1
            else:
                check(message is None, f"{path.name}: input line {number} was served but the schema refuses it: {message}: {line.decode()[:160]}")
                counts["requests valid"] += 1
        for line in expected_events(path):
            message = problem(events, json.loads(line))
            check(message is None, f"{path.name}: expected event {line[:160]}: {message}")
            counts["documented lines"] += 1

    for line in (root / "protocol.md").read_text(encoding="utf-8").split("\n"):
        if line.startswith("→ "):
            request = json.loads(line[2:])
            message = problem(requests, request)
            refused_on_purpose = request.get("type") == "dance"
            check((message is None) != refused_on_purpose, f"protocol.md request {line[2:][:160]}: {message or 'valid, but meant to be refused'}")
        elif line.startswith("← ") or line.startswith('{"type":'):
            text = line[2:] if line.startswith("← ") else line
            message = problem(events, json.loads(text))
            check(message is None, f"protocol.md event {text[:160]}: {message}")
        else:
            continue
        counts["documented lines"] += 1
    return counts
