from datetime import time, timedelta
from pathlib import Path

import pytest

from handlers.routing import Routing, RoutingError, load_routing
from nlp.labels import Category, Urgency

EXAMPLE = Path(__file__).parents[2] / "examples" / "routing.toml"

# Line numbers below refer to this text.
BASE = """\
timezone = "Asia/Shanghai"
default_team = "general"
digest_time = "08:00"
reopen_days = 7

[[teams]]
code = "maintenance"
name = "水电维修组"
chat_id = -1001001
categories = ["water", "electric"]

[[teams]]
code = "general"
name = "综合组"
chat_id = -1001002

[supervisors]
user_ids = [900]
"""


def load_text(tmp_path: Path, text: str) -> Routing:
    path = tmp_path / "routing.toml"
    path.write_text(text, encoding="utf-8")
    return load_routing(path)


def test_the_base_text_of_these_tests_loads(tmp_path: Path) -> None:
    routing = load_text(tmp_path, BASE)
    assert [team.code for team in routing.teams] == ["maintenance", "general"]


TEAMS = BASE[BASE.index("[[teams]]") : BASE.index("[supervisors]")]
SLA = "reopen_days = 7\n[sla_hours]\n"

# (what is wrong, the text replaced in BASE, its replacement, the line named, a phrase)
MALFORMED = [
    ("bad toml", "chat_id = -1001001", "chat_id = ", 9, "TOML 格式有误"),
    (
        "unterminated string",
        "user_ids = [900]\n",
        'user_ids = [900]\nx = "abc',
        19,
        "TOML 格式有误",
    ),
    ("unknown category", '"water", "electric"', '"watre", "electric"', 10, '未知的类别 "watre"'),
    (
        "unknown category in a multi-line array",
        '["water", "electric"]',
        '[\n    "water",\n    "electrc",\n]',
        12,
        '是否想写 "electric"',
    ),
    (
        "two teams claim one category",
        "chat_id = -1001002\n",
        'chat_id = -1001002\ncategories = ["electric"]\n',
        16,
        '类别 "electric" 同时分配给了班组 "maintenance" 和 "general"',
    ),
    ("default team missing", '= "general"', '= "genral"', 2, '默认班组 "genral" 不存在'),
    ("duplicate team code", 'code = "maintenance"', 'code = "general"', 13, '"general" 重复'),
    ("team lacks a key", 'name = "综合组"\n', "", 12, '班组 "general" 缺少必填项 name'),
    ("team lacks its code", 'code = "maintenance"\n', "", 6, "班组缺少必填项 code"),
    ("root lacks a key", 'default_team = "general"\n', "", None, "缺少必填项 default_team"),
    ("chat_id is text", "chat_id = -1001001", 'chat_id = "-1001001"', 9, "chat_id 应为整数"),
    ("chat_id is a boolean", "chat_id = -1001001", "chat_id = true", 9, "chat_id 应为整数"),
    (
        "thread_id is text",
        "chat_id = -1001002",
        'chat_id = -1001002\nthread_id = "a"',
        16,
        "thread_id",
    ),
    ("name is a number", 'name = "综合组"', "name = 5", 14, "name 应为带引号的文本"),
    ("unknown time zone", "Asia/Shanghai", "Asia/Shanghia", 1, '未知的时区 "Asia/Shanghia"'),
    ("digest time not a time", '"08:00"', '"8点"', 3, "digest_time 应为"),
    ("digest time past midnight", '"08:00"', '"24:00"', 3, "digest_time 应为"),
    ("reopen days not positive", "reopen_days = 7", "reopen_days = 0", 4, "reopen_days 应为正整数"),
    ("teams list empty", TEAMS, "", None, "至少需要配置一个班组"),
    ("teams written empty inline", TEAMS, "teams = []\n\n", 6, "至少需要配置一个班组"),
    ("team code not plain", 'code = "maintenance"', 'code = "水电组"', 7, "只能包含英文字母"),
    ("user id not an integer", "[900]", '[900, "alice"]', 18, '"alice" 不是整数'),
    ("user ids over lines", "[900]", '[\n    900,\n    "9O1",\n]', 20, '"9O1" 不是整数'),
    ("no supervisor", "[900]", "[]", 18, "至少需要一位主管"),
    (
        "supervisors missing",
        "[supervisors]\nuser_ids = [900]\n",
        "",
        None,
        "缺少必填项 supervisors",
    ),
    (
        "misspelt team key",
        "categories =",
        "catgories =",
        10,
        '未知的配置项 "catgories"，是否想写 "categories"',
    ),
    ("misspelt root key", "reopen_days", "reopen_day", 4, '未知的配置项 "reopen_day"'),
    (
        "unknown urgency in sla",
        "reopen_days = 7\n",
        f"{SLA}critical = 1\n",
        6,
        '未知的紧急程度 "critical"',
    ),
    (
        "sla hours not positive",
        "reopen_days = 7\n",
        f"{SLA}urgent = -1\n",
        6,
        "应为大于 0 的小时数",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "line", "phrase"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_routing_file_names_the_line_and_the_problem(
    tmp_path: Path, old: str, new: str, line: int | None, phrase: str
) -> None:
    assert old in BASE
    with pytest.raises(RoutingError) as caught:
        load_text(tmp_path, BASE.replace(old, new, 1))
    assert caught.value.line == line, str(caught.value)
    assert phrase in caught.value.problem
    where = f"routing.toml 第 {line} 行：" if line is not None else "routing.toml："
    assert str(caught.value).startswith(where)


def test_missing_file_is_named_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(RoutingError) as caught:
        load_routing(path)
    assert caught.value.line is None
    assert str(path) in str(caught.value)
    assert "找不到路由文件" in str(caught.value)


def test_file_not_in_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "routing.toml"
    path.write_bytes(BASE.encode("gb18030"))
    with pytest.raises(RoutingError, match="UTF-8"):
        load_routing(path)


def test_digest_time_may_be_a_toml_local_time(tmp_path: Path) -> None:
    routing = load_text(tmp_path, BASE.replace('"08:00"', "07:30:00"))
    assert routing.digest_time == time(7, 30)


def test_optional_settings_have_defaults(tmp_path: Path) -> None:
    text = BASE.replace('digest_time = "08:00"\nreopen_days = 7\n', "")
    routing = load_text(tmp_path, text)
    assert (routing.digest_time, routing.reopen_days, dict(routing.sla)) == (time(8, 0), 7, {})


def test_example_file_loads() -> None:
    routing = load_routing(EXAMPLE)
    assert routing.timezone.key == "Asia/Shanghai"
    assert routing.default_team == "general"
    assert routing.digest_time == time(8, 0)
    assert routing.reopen_days == 7
    assert dict(routing.sla) == {
        Urgency.URGENT: timedelta(hours=1),
        Urgency.NORMAL: timedelta(hours=48),
    }
    assert routing.supervisors == (900, 901)
    maintenance = routing.team("maintenance")
    assert (maintenance.name, maintenance.chat_id, maintenance.thread_id) == (
        "水电维修组",
        -1001001,
        12,
    )
    assert routing.team("it").thread_id is None


EXAMPLE_ROUTES = {
    Category.WATER: "maintenance",
    Category.ELECTRIC: "maintenance",
    Category.HVAC: "maintenance",
    Category.FURNITURE: "maintenance",
    Category.ELEVATOR: "maintenance",
    Category.NETWORK: "it",
    Category.TEACHING: "it",
    Category.CANTEEN: "catering",
    Category.CLEANING: "property",
    Category.GROUNDS: "property",
    Category.SECURITY: "security",
    Category.DORM: "dorm",
    Category.OTHER: "general",  # claimed by no team: the default
}


def test_example_routes_every_category_to_its_team() -> None:
    routing = load_routing(EXAMPLE)
    assert set(EXAMPLE_ROUTES) == set(Category)
    assert {category: routing.team_for(category).code for category in Category} == EXAMPLE_ROUTES


def test_categories_no_team_claims_go_to_the_default_team(tmp_path: Path) -> None:
    routing = load_text(tmp_path, BASE)
    assert routing.team_for(Category.WATER).code == "maintenance"
    unclaimed = set(Category) - {Category.WATER, Category.ELECTRIC}
    assert {routing.team_for(category).code for category in unclaimed} == {"general"}


def test_asking_for_an_unknown_team_code_raises_key_error() -> None:
    with pytest.raises(KeyError):
        load_routing(EXAMPLE).team("plumbing")
