"""The routing file: which team handles which category, where each team's chat is, who
supervises, and the clock settings. Read once at start-up; any mistake stops the start with a
message that names the file, the line and the problem in Chinese for the office's admin.
"""

import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers.routing_lines import Lines
from nlp.labels import Category, Urgency

T = TypeVar("T")


class RoutingError(Exception):
    def __init__(self, file: str, line: int | None, problem: str) -> None:
        where = f"{file} 第 {line} 行" if line is not None else file
        super().__init__(f"{where}：{problem}")
        self.file = file
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class Team:
    code: str
    name: str
    chat_id: int
    thread_id: int | None  # a forum topic inside the team's chat
    categories: frozenset[Category]


@dataclass(frozen=True)
class Routing:
    timezone: ZoneInfo
    default_team: str
    digest_time: time
    reopen_days: int
    sla: Mapping[Urgency, timedelta]  # an urgency left out has no deadline
    teams: tuple[Team, ...]
    supervisors: tuple[int, ...]  # user ids

    def team_for(self, category: Category) -> Team:
        for team in self.teams:
            if category in team.categories:
                return team
        return self.team(self.default_team)

    def team(self, code: str) -> Team:
        """The team with this code; KeyError when there is none."""
        for team in self.teams:
            if team.code == code:
                return team
        raise KeyError(code)


def load_routing(path: Path) -> Routing:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        problem = f"找不到路由文件 {path}，请检查 ROUTING_FILE 设置。"
        raise RoutingError(path.name, None, problem) from None
    except UnicodeDecodeError:
        problem = "文件不是 UTF-8 编码，请另存为 UTF-8 后重试。"
        raise RoutingError(path.name, None, problem) from None
    except OSError as error:
        problem = f"无法读取路由文件 {path}：{error.strerror}"
        raise RoutingError(path.name, None, problem) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(path.name, text, str(error)) from None
    return _Reader(path.name, Lines(text)).routing(data)


def _syntax_error(file: str, text: str, message: str) -> RoutingError:
    # tomllib (3.11) puts the position only into its message: "... (at line 3, column 5)".
    if found := re.search(r"\s*\(at line (\d+), column (\d+)\)$", message):
        detail = message[: found.start()]
        return RoutingError(file, int(found[1]), f"TOML 格式有误（第 {found[2]} 列）：{detail}")
    detail = message.removesuffix(" (at end of document)")
    return RoutingError(file, max(len(text.splitlines()), 1), f"TOML 格式有误：{detail}")


ROOT_KEYS: Final = frozenset(
    {"timezone", "default_team", "digest_time", "reopen_days", "sla_hours", "teams", "supervisors"}
)
TEAM_KEYS: Final = frozenset({"code", "name", "chat_id", "thread_id", "categories"})
SUPERVISOR_KEYS: Final = frozenset({"user_ids"})
CATEGORY_CODES: Final = frozenset(category.value for category in Category)
URGENCY_CODES: Final = frozenset(urgency.value for urgency in Urgency)
TEAM_CODE: Final = re.compile(r"[A-Za-z0-9_-]+")
DIGEST_TIME: Final = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
TYPE_NAMES: Final[Mapping[type, str]] = {
    int: "整数",
    str: "带引号的文本",
    list: "方括号列表",
    dict: "表",
}


@dataclass(frozen=True)
class _Place:
    """A table of the file: the root (None), a [table], or the index-th [[table]]."""

    table: str | None
    index: int = 0


ROOT: Final = _Place(None)


class _Reader:
    """Checks the parsed TOML, pointing each problem at its line in the raw text."""

    def __init__(self, file: str, lines: Lines) -> None:
        self.file = file
        self.lines = lines

    def fail(
        self, problem: str, place: _Place, key: str | None = None, value: object = None
    ) -> RoutingError:
        line = self.lines.find(place.table, place.index, key, value)
        return RoutingError(self.file, line, problem)

    def required(
        self, table: Mapping[str, Any], key: str, kind: type[T], place: _Place, owner: str = ""
    ) -> T:
        if key not in table:
            raise self.fail(f"{owner}缺少必填项 {key}", place)
        return self.typed(table, key, kind, place)

    def optional(
        self, table: Mapping[str, Any], key: str, kind: type[T], place: _Place
    ) -> T | None:
        return self.typed(table, key, kind, place) if key in table else None

    def typed(self, table: Mapping[str, Any], key: str, kind: type[T], place: _Place) -> T:
        value = table[key]
        if isinstance(value, kind) and not isinstance(value, bool):
            return value
        expected = TYPE_NAMES.get(kind, kind.__name__)
        raise self.fail(f"{key} 应为{expected}，实际是 {_shown(value)}", place, key)

    def no_unknown_keys(
        self, table: Mapping[str, Any], known: frozenset[str], place: _Place
    ) -> None:
        for key in table:
            if key not in known:
                raise self.fail(f'未知的配置项 "{key}"{_did_you_mean(key, known)}', place, key)

    def routing(self, data: Mapping[str, Any]) -> Routing:
        self.no_unknown_keys(data, ROOT_KEYS, ROOT)
        teams = self.teams(data)
        default_team = self.required(data, "default_team", str, ROOT)
        if default_team not in {team.code for team in teams}:
            codes = "、".join(team.code for team in teams)
            problem = f'默认班组 "{default_team}" 不存在，已配置的班组有：{codes}'
            raise self.fail(problem, ROOT, "default_team")
        return Routing(
            timezone=self.timezone(data),
            default_team=default_team,
            digest_time=self.digest_time(data),
            reopen_days=self.reopen_days(data),
            sla=self.sla(data),
            teams=teams,
            supervisors=self.supervisors(data),
        )

    def teams(self, data: Mapping[str, Any]) -> tuple[Team, ...]:
        tables = data.get("teams", [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise self.fail("teams 应写成一个或多个 [[teams]] 表", ROOT, "teams")
        if not tables:
            raise self.fail("至少需要配置一个班组（[[teams]]）", ROOT, "teams")
        teams: list[Team] = []
        claimed_by: dict[Category, str] = {}
        for index, table in enumerate(tables):
            place = _Place("teams", index)
            team = self.team(table, place)
            if team.code in {earlier.code for earlier in teams}:
                problem = f'班组代码 "{team.code}" 重复，每个班组的 code 必须各不相同'
                raise self.fail(problem, place, "code")
            for category in sorted(team.categories):
                if category in claimed_by:
                    problem = (
                        f'类别 "{category}" 同时分配给了班组 "{claimed_by[category]}" 和 '
                        f'"{team.code}"，每个类别只能由一个班组负责'
                    )
                    raise self.fail(problem, place, "categories", category.value)
                claimed_by[category] = team.code
            teams.append(team)
        return tuple(teams)

    def team(self, table: Mapping[str, Any], place: _Place) -> Team:
        self.no_unknown_keys(table, TEAM_KEYS, place)
        code_given = table.get("code")
        owner = f'班组 "{code_given}" ' if isinstance(code_given, str) else "班组"
        code = self.required(table, "code", str, place, owner)
        if not TEAM_CODE.fullmatch(code):
            problem = f'班组代码 "{code}" 只能包含英文字母、数字、下划线和连字符'
            raise self.fail(problem, place, "code")
        name = self.required(table, "name", str, place, owner)
        chat_id = self.required(table, "chat_id", int, place, owner)
        thread_id = self.optional(table, "thread_id", int, place)
        categories: set[Category] = set()
        for item in self.optional(table, "categories", list, place) or []:
            if not isinstance(item, str) or item not in CATEGORY_CODES:
                hint = _did_you_mean(str(item), CATEGORY_CODES)
                hint = hint or f"，可用的类别有：{'、'.join(Category)}"
                raise self.fail(f"未知的类别 {_shown(item)}{hint}", place, "categories", item)
            categories.add(Category(item))
        return Team(code, name, chat_id, thread_id, frozenset(categories))

    def timezone(self, data: Mapping[str, Any]) -> ZoneInfo:
        name = self.required(data, "timezone", str, ROOT)
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            problem = (
                f'未知的时区 "{name}"，请写成 "Asia/Shanghai" 这样的名称'
                "（名称无误时，请检查服务器是否安装了时区数据 tzdata）"
            )
            raise self.fail(problem, ROOT, "timezone") from None

    def digest_time(self, data: Mapping[str, Any]) -> time:
        value = data.get("digest_time", "08:00")
        if isinstance(value, time) and value.tzinfo is None:  # TOML's own local time: 08:00:00
            return value
        if isinstance(value, str) and (found := DIGEST_TIME.fullmatch(value)):
            return time(int(found[1]), int(found[2]))
        problem = f'digest_time 应为 "HH:MM" 格式的时间，例如 "08:00"，实际是 {_shown(value)}'
        raise self.fail(problem, ROOT, "digest_time")

    def reopen_days(self, data: Mapping[str, Any]) -> int:
        days = self.optional(data, "reopen_days", int, ROOT)
        if days is None:
            return 7
        if days < 1:
            raise self.fail(f"reopen_days 应为正整数，实际是 {days}", ROOT, "reopen_days")
        return days

    def sla(self, data: Mapping[str, Any]) -> Mapping[Urgency, timedelta]:
        place = _Place("sla_hours")
        sla: dict[Urgency, timedelta] = {}
        for key, hours in (self.optional(data, "sla_hours", dict, ROOT) or {}).items():
            if key not in URGENCY_CODES:
                codes = "、".join(Urgency)
                raise self.fail(f'未知的紧急程度 "{key}"，可用的有：{codes}', place, key)
            if isinstance(hours, bool) or not isinstance(hours, int | float) or hours <= 0:
                problem = f"sla_hours.{key} 应为大于 0 的小时数，实际是 {_shown(hours)}"
                raise self.fail(problem, place, key)
            sla[Urgency(key)] = timedelta(hours=hours)
        return MappingProxyType(sla)

    def supervisors(self, data: Mapping[str, Any]) -> tuple[int, ...]:
        place = _Place("supervisors")
        table = self.required(data, "supervisors", dict, ROOT)
        self.no_unknown_keys(table, SUPERVISOR_KEYS, place)
        user_ids = self.required(table, "user_ids", list, place, "[supervisors] ")
        for user_id in user_ids:
            if not isinstance(user_id, int) or isinstance(user_id, bool):
                problem = f"supervisors.user_ids 应全部是整数的用户 ID，{_shown(user_id)} 不是整数"
                raise self.fail(problem, place, "user_ids", user_id)
        if not user_ids:
            problem = "supervisors.user_ids 至少需要一位主管，紧急工单的提醒要发给他们"
            raise self.fail(problem, place, "user_ids")
        return tuple(user_ids)


def _shown(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _did_you_mean(word: str, choices: frozenset[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f'，是否想写 "{close[0]}"？' if close else ""
