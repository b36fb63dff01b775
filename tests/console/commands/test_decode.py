"""``dispatch-console decode``: JSON lines out, errors reported, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from console.commands.decode import decode_command
from radio import protocols
from radio.codecs.nmea import encode_gga, with_tag_block
from radio.framing.lines import frame_line
from radio.messages import NmeaSentence

GGA = b"$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D"


def run(
    protocol: str, paths: list[str], stdin: bytes = b""
) -> tuple[int, list[dict[str, object]], str]:
    out = io.StringIO()
    err = io.StringIO()
    code = decode_command(protocol, paths, io.BytesIO(stdin), out, err)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    return code, lines, err.getvalue()


def test_stdin_success_failure_and_comments() -> None:
    data = b"# a comment\r\n" + GGA + b"\r\nfoobar\r\n\r\n$GPGGA,1*00"
    code, lines, err = run("nmea", [], data)
    assert (code, err) == (0, "")
    assert len(lines) == 3
    ok = lines[0]
    assert list(ok)[:5] == ["ok", "protocol", "type", "talker", "lat"]
    assert (ok["ok"], ok["protocol"], ok["type"], ok["talker"]) == (True, "nmea", "GGA", "GP")
    assert ok["lat"] == pytest.approx(-19.48408, abs=1e-5)
    assert ok["lon"] == pytest.approx(24.1751, abs=1e-5)
    assert ok["fix_time"] == "18:43:53.070000+00:00"
    assert (ok["quality"], ok["satellites"], ok["checksum"]) == (1, 4, True)
    assert lines[1] == {
        "ok": False,
        "protocol": "nmea",
        "error": "not an NMEA sentence (no '$' or '!' at the start)",
        "raw": "foobar",
    }
    # the trailing line without a terminator is still reported
    assert lines[2]["ok"] is False and lines[2]["raw"] == "$GPGGA,1*00"
    assert "checksum mismatch" in str(lines[2]["error"])


def test_files_and_tag_block_source(tmp_path: Path) -> None:
    first = tmp_path / "a.log"
    first.write_bytes(with_tag_block(encode_gga(48.1173, 11.5167, None), "UNIT-3", 17) + b"\n")
    second = tmp_path / "b.log"
    second.write_bytes(b"$GPVTG,054.7,T,034.4,M,005.5,N,010.2,K\n")
    code, lines, _err = run("nmea", [str(first), str(second)])
    assert code == 0
    assert [line["type"] for line in lines] == ["GGA", "VTG"]
    assert (lines[0]["source"], lines[0]["tag_time"]) == ("UNIT-3", 17)
    assert lines[0]["lat"] == pytest.approx(48.1173)
    assert lines[1]["fields"] == ["054.7", "T", "034.4", "M", "005.5", "N", "010.2", "K"]
    assert lines[1]["checksum"] is False


def test_empty_input() -> None:
    assert run("nmea", [], b"") == (0, [], "")


def test_unknown_protocol() -> None:
    code, lines, err = run("morse", [], GGA)
    assert (code, lines) == (2, [])
    assert "unknown protocol 'morse'" in err
    assert "nmea" in err


def test_unreadable_file_reports_and_continues(tmp_path: Path) -> None:
    good = tmp_path / "good.log"
    good.write_bytes(GGA + b"\r\n")
    missing = tmp_path / "missing.log"
    code, lines, err = run("nmea", [str(missing), str(good)])
    assert code == 2
    assert f"cannot read {missing}" in err
    assert len(lines) == 1 and lines[0]["ok"] is True


def test_samples_through_the_command(samples_dir: Path) -> None:
    paths = sorted(str(p) for p in (samples_dir / "nmea").glob("*.log"))
    code, lines, err = run("nmea", paths)
    assert (code, err) == (0, "")
    assert len(lines) > 1000
    assert all(("error" in line) != line["ok"] for line in lines)
    assert any(line["ok"] and line["type"] == "RMC" and line["talker"] == "GN" for line in lines)


def test_registry_entries_are_complete() -> None:
    entry = protocols.get_protocol("nmea")
    assert entry.comment_prefix == b"#"
    assert entry.is_comment(b"# Name: Firefly") and not entry.is_comment(GGA)
    assert callable(entry.framer) and callable(entry.decode)
    assert entry.max_frame == 1024


def test_command_uses_the_radio_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A protocol registered once in radio.protocols is live in the command too."""

    def decode_echo(frame: bytes) -> NmeaSentence:
        return NmeaSentence("echo", "LINE", "", (frame.decode(),))

    echo = protocols.Protocol("echo", frame_line, decode_echo, 64, "test", b";")
    monkeypatch.setitem(protocols.PROTOCOLS, "echo", echo)
    code, lines, err = run("echo", [], b"; comment\nhello\n")
    assert (code, err) == (0, "")
    assert lines == [{"ok": True, "protocol": "echo", "type": "LINE", "talker": "",
                      "fields": ["hello"]}]  # fmt: skip
    code, _lines, err = run("morse", [])
    assert code == 2 and "echo, eido, eido-answer, espa, nmea" in err


def _run(protocol: str, paths: list[str], stdin: bytes = b"") -> list[dict]:
    import io
    import json

    from console.commands.decode import decode_command

    out = io.StringIO()
    assert decode_command(protocol, paths, io.BytesIO(stdin), out, io.StringIO()) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_decode_pidf_prints_one_object_per_location(samples_dir) -> None:
    files = sorted(str(p) for p in (samples_dir / "pidf_lo").glob("*.xml"))
    objects = _run("pidf", files)
    assert len(objects) >= len(files)
    assert all(o["ok"] and o["protocol"] == "pidf" for o in objects)
    circle = next(o for o in objects if o.get("shape") == "Circle")
    assert {"lat", "lon", "radius_m", "confidence"} <= set(circle)


def test_decode_asterix_raw_and_pcap_give_one_object_per_record(samples_dir, tmp_path) -> None:
    import struct

    raw = (samples_dir / "asterix" / "cat048ed1.15.bin").read_bytes()
    from_raw = _run("asterix", [str(samples_dir / "asterix" / "cat048ed1.15.bin")])
    assert from_raw and all(o["category"] == 48 and "rho_nm" in o for o in from_raw)
    # The same block inside a classic pcap: Ethernet / IPv4 / UDP.
    udp = struct.pack("!HHHH", 5000, 8600, 8 + len(raw), 0) + raw
    ip = struct.pack(
        "!BBHHHBBH4s4s",
        0x45,
        0,
        20 + len(udp),
        0,
        0,
        64,
        17,
        0,
        bytes([127, 0, 0, 1]),
        bytes([127, 0, 0, 1]),
    )
    frame = b"\x00" * 12 + b"\x08\x00" + ip + udp
    pcap = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)
    pcap += struct.pack("<IIII", 0, 0, len(frame), len(frame)) + frame
    path = tmp_path / "radar.pcap"
    path.write_bytes(pcap)
    assert _run("asterix", [str(path)]) == from_raw


def test_decode_aml_tells_sms_from_https_bodies(samples_dir) -> None:
    body = next(
        line
        for line in (samples_dir / "aml" / "aml_https_post_bodies.txt").read_bytes().splitlines()
        if line.startswith(b"v=")
    )
    sms_text = next(
        line.split("\t")[4]
        for line in (samples_dir / "aml" / "aml_sms_text_cases.tsv").read_text().splitlines()
        if "\tvalid\t" in line
    )
    sms = sms_text.encode()
    objects = _run("aml", [], stdin=sms + b"\n" + body + b"\n")
    assert [o["protocol"] for o in objects] == ["aml-sms", "aml-http"]
    assert objects[0]["lat"] == 54.76397 and objects[0]["radius_m"] == 50.0


def _capture_pcapng(*payloads: bytes, tail: bytes = b"") -> bytes:
    import struct

    def block(kind: int, body: bytes) -> bytes:
        body += b"\x00" * (-len(body) % 4)
        return struct.pack("<II", kind, 12 + len(body)) + body + struct.pack("<I", 12 + len(body))

    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack("<HHI", 101, 0, 65535))  # raw IP
    for payload in payloads:
        udp = struct.pack("!HHHH", 5000, 8600, 8 + len(payload), 0) + payload
        ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0,
                         bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])) + udp  # fmt: skip
        out += block(6, struct.pack("<IIIII", 0, 0, 0, len(ip), len(ip)) + ip)
    return out + tail


def test_exit_code_1_when_nothing_decoded(tmp_path: Path) -> None:
    code, lines, err = run("nmea", [], b"foobar\r\n$GPGGA,1*00\r\n")
    assert (code, err) == (1, "") and len(lines) == 2
    assert not any(line["ok"] for line in lines)
    assert all(line["protocol"] == "nmea" for line in lines)
    # One good line among bad ones: something decoded, exit 0.
    code, lines, _err = run("nmea", [], b"foobar\r\n" + GGA + b"\r\n")
    assert code == 0 and [line["ok"] for line in lines] == [False, True]
    # Over several files: one that decodes is enough.
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x30\x00\x05\xff\xff")  # a CAT048 block whose FSPEC runs past it
    code, lines, _err = run("asterix", [str(bad)])
    assert code == 1 and lines[0]["ok"] is False and "FSPEC" in lines[0]["error"]
    good = tmp_path / "good.bin"
    good.write_bytes(bytes.fromhex("22000b f0 1907 01 070840 40"))  # CAT034 sector crossing
    code, lines, _err = run("asterix", [str(bad), str(good)])
    assert code == 0 and [line["ok"] for line in lines] == [False, True]


def test_malformed_pcapng_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    import struct

    # A 12-byte enhanced packet block used to raise struct.error out of the command.
    path = tmp_path / "short.pcapng"
    path.write_bytes(_capture_pcapng(tail=struct.pack("<III", 6, 12, 12)))
    code, lines, err = run("asterix", [str(path)])
    assert (code, err) == (1, "")
    (line,) = lines
    assert line["ok"] is False and line["protocol"] == "asterix"
    assert "enhanced packet block at byte 48 is malformed" in line["error"]
    # Datagrams before the fault are decoded and printed first: exit 0.
    block = bytes.fromhex("22000b f0 1907 01 070840 40")
    path.write_bytes(_capture_pcapng(block, tail=b"\x06\x00\x00\x00\x20"))
    code, lines, err = run("asterix", [str(path)])
    assert (code, err) == (0, "")
    assert lines[0]["ok"] is True and lines[0]["type"] == "cat034"
    assert lines[1]["ok"] is False and "truncated" in lines[1]["error"]


def test_capture_without_udp_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.pcapng"
    path.write_bytes(_capture_pcapng())
    code, lines, _err = run("asterix", [str(path)])
    assert code == 1
    assert lines == [
        {
            "ok": False,
            "protocol": "asterix",
            "error": "capture holds no UDP datagram (over IPv4/IPv6 on a supported link type)",
        }
    ]


def test_service_messages_and_system_tracks_through_the_command(tmp_path: Path) -> None:
    north = bytes.fromhex("22000f ec 1907 01 070840 0200 90 50 60")
    track = bytes.fromhex("3e0011 8908 0004 0086f809 001851ec 002a")  # 010, 105 | 040
    refused = bytes.fromhex("3e0011 8908 0004 010e38e4 001851ec 002b")  # latitude 95
    path = tmp_path / "feed.pcapng"
    path.write_bytes(_capture_pcapng(north, track, refused))
    code, lines, err = run("asterix", [str(path)])
    assert (code, err) == (0, "")
    assert [(line["ok"], line["protocol"]) for line in lines] == [
        (True, "asterix"),
        (True, "asterix"),
        (False, "asterix"),
    ]
    assert lines[0]["type"] == "cat034" and lines[0]["message_type_name"] == "north marker"
    assert lines[0]["rotation_period_s"] == 4.0
    assert lines[0]["warnings"] == ["radar data processor overload"]
    assert lines[1]["type"] == "cat062" and lines[1]["track_number"] == 42
    assert lines[1]["lat"] == pytest.approx(47.45, abs=1e-6)
    assert "latitude 95.000002 outside -90..90" in lines[2]["error"]


def test_a_codec_that_raises_is_reported_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def decode_boom(frame: bytes) -> NmeaSentence:
        raise RuntimeError("boom")

    boom = protocols.Protocol("boom", frame_line, decode_boom, 64, "test")
    monkeypatch.setitem(protocols.PROTOCOLS, "boom", boom)
    code, lines, err = run("boom", [], b"hello\n")
    assert (code, err) == (1, "")
    assert lines == [
        {
            "ok": False,
            "protocol": "boom",
            "error": "internal decoder error: RuntimeError('boom')",
            "raw": "hello",
        }
    ]


def test_espa_capture_prints_blocks_with_header_records_address_and_text(tmp_path: Path) -> None:
    from radio.codecs.espa import EspaCall, encode_block, encode_call

    call = encode_call(EspaCall("0123", text="BRAND Geb{ude", priority="1"))
    status = encode_block("2", [("1", "0123"), ("7", "6")])
    path = tmp_path / "paging.bin"
    path.write_bytes(b"1\x052\x05\x06" + call + b"\x06\x04\xffjunk\x04" + status[:-1] + b"\x00")
    code, lines, err = run("espa", [str(path)])
    assert (code, err) == (0, "")
    blocks = [line for line in lines if line.get("type") == "block"]
    assert blocks[0]["header"] == "1" and blocks[0]["call_address"] == "0123"
    assert blocks[0]["text"] == "BRAND Geb{ude"
    assert blocks[0]["records"][2] == {"id": "6", "name": "priority", "data": "1"}
    controls = [
        (line["control"], line.get("prefix")) for line in lines if line.get("type") == "control"
    ]
    assert controls[:3] == [("ENQ", "1"), ("ENQ", "2"), ("ACK", None)]
    errors = [line["error"] for line in lines if not line["ok"]]
    assert any("noise" in error for error in errors)
    assert any("BCC mismatch" in error for error in errors)
    assert all(line["protocol"] == "espa" for line in lines)


def test_tetra_pei_capture_prints_kind_from_to_status_and_text(tmp_path: Path) -> None:
    from radio.codecs.tetra_pei import ctsdsr, encode_send_text, report_pdu, status_pdu, text_pdu

    path = tmp_path / "pei.log"
    path.write_bytes(
        encode_send_text("0002001", "Brand", 5)
        + b"\r\n+CMGS: 0,4,5\r\nOK\r\n"
        + ctsdsr(12, "0002001", "1000", report_pdu(5, 0x02))
        + ctsdsr(13, "0002001", "1000", status_pdu(0x8005))
        + ctsdsr(12, "0002001", "1000", text_pdu("שלום", 6, 26))
        + b"+CTSDSR: 13,x,0,1000,0,16\r\n8005\r\n"
    )
    code, lines, err = run("tetra-pei", [str(path)])
    assert (code, err) == (0, "")
    kinds = [line.get("kind") for line in lines]
    assert kinds == ["send", "result", "result", "report", "status", "text", None]
    send, report, status, text = lines[0], lines[3], lines[4], lines[5]
    assert (send["to"], send["text"]) == ("0002001", "Brand")
    assert (report["from"], report["report"], report["message_reference"]) == ("0002001", "read", 5)
    assert (status["from"], status["to"], status["status"]) == ("0002001", "1000", 32773)
    assert text["text"] == "שלום" and status["type"] == "status"
    assert lines[-1]["ok"] is False and "not a digit string" in lines[-1]["error"]


def test_eido_prints_incident_type_location_and_components(tmp_path: Path) -> None:
    from radio.codecs.eido import encode_eido

    incident = {
        "id": "2026-000042",
        "type": "Medical-Cardiac",
        "location": {"lat": 60.17, "lon": 24.94, "description": "Esplanadi 1"},
        "notes": ["CPR in progress"],
    }
    path = tmp_path / "handover.json"
    path.write_bytes(encode_eido(incident, agency="a", issuer="i", updated="2026-12-06T13:00:00Z"))
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"eidoVersion": "1.0"}')
    code, lines, err = run("eido", [str(path), str(bad)])
    assert (code, err) == (0, "")
    first = lines[0]
    assert (first["type"], first["incident_id"], first["incident_type"]) == (
        "incident",
        "2026-000042",
        "Medical-Cardiac",
    )
    assert first["location"]["lat"] == pytest.approx(60.17)
    assert first["components"] == {
        "incidentComponent": 1,
        "locationComponent": 1,
        "notesComponent": 1,
        "agencyComponent": 1,
    }
    assert lines[1] == {
        "ok": False,
        "protocol": "eido",
        "error": "$id: missing (required)",
        "raw": '{"eidoVersion": "1.0"}',
    }


def test_decode_prints_a_refused_capture_block_and_reads_on(tmp_path) -> None:
    import io
    import json

    from console.commands.decode import decode_command
    from tests.radio.codecs.test_pcap import (
        _epb,
        _epb_with_comment,
        _ethernet,
        _idb,
        _ipv4_udp,
        _shb,
    )

    fix = b"$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n"
    bad = _epb_with_comment(_ethernet(_ipv4_udp(fix)), b"caf\xe9")
    good = _epb(_ethernet(_ipv4_udp(fix)))
    path = tmp_path / "avl.pcapng"
    path.write_bytes(_shb() + _idb() + bad + good)
    out = io.StringIO()
    # Exit 0: something decoded (1 is for input of which nothing decodes).
    assert decode_command("nmea", [str(path)], io.BytesIO(), out, io.StringIO()) == 0
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    refused, decoded = objects
    assert not refused["ok"] and "not UTF-8" in refused["error"]
    assert decoded["ok"] and decoded["protocol"] == "nmea"


def test_eido_answer_prints_one_object_per_answer_and_refuses_with_a_reason(
    tmp_path: Path,
) -> None:
    from datetime import UTC, datetime

    from radio.codecs.eido_answer import encode_answer

    at = datetime(2026, 12, 6, 16, 0, tzinfo=UTC)
    good = tmp_path / "answer.json"
    good.write_bytes(encode_answer("urn:a:1", "urn:m:7", "rejected", at, reason="no units free"))
    accepted = tmp_path / "accepted.json"
    accepted.write_bytes(encode_answer("urn:a:2", "urn:m:7", "accepted", at, call_id="C000004"))
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"answer_id": "urn:a:3", "message_id": "urn:m:7", "answer": "maybe",'
                    b' "time": "2026-12-06T16:00:00Z"}')  # fmt: skip
    code, lines, err = run("eido-answer", [str(good), str(accepted), str(bad)])
    assert (code, err) == (0, "")
    assert lines[0] == {
        "ok": True,
        "protocol": "eido-answer",
        "type": "rejected",
        "answer_id": "urn:a:1",
        "message_id": "urn:m:7",
        "time": "2026-12-06T16:00:00+00:00",
        "reason": "no units free",
    }
    assert (lines[1]["type"], lines[1]["call_id"]) == ("accepted", "C000004")
    assert lines[2]["ok"] is False and lines[2]["protocol"] == "eido-answer"
    assert "answer: 'maybe' is not one of accepted, rejected, completed" in lines[2]["error"]
    code, lines, _err = run("eido-answer", [], b"not json")
    assert code == 1 and lines[0]["error"].startswith("not JSON")
