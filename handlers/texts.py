"""Every sentence the bot says, in one place, so it can be read and corrected together.

Polite, short, concrete Simplified Chinese. Placeholders are named; callers fill them with
`.format(...)`.
"""

from collections.abc import Mapping
from typing import Final

from nlp import Category, Kind, Urgency

KIND_NAMES: Final = {
    Kind.REPAIR: "报修",
    Kind.COMPLAINT: "投诉",
    Kind.SUGGESTION: "建议",
    Kind.PRAISE: "表扬",
    Kind.INQUIRY: "咨询",
}

CATEGORY_NAMES: Final = {
    Category.WATER: "给排水",
    Category.ELECTRIC: "电力照明",
    Category.HVAC: "空调暖通",
    Category.NETWORK: "网络通信",
    Category.FURNITURE: "门窗家具",
    Category.ELEVATOR: "电梯",
    Category.TEACHING: "教学设备",
    Category.CANTEEN: "餐饮",
    Category.CLEANING: "环境卫生",
    Category.SECURITY: "安全保卫",
    Category.GROUNDS: "绿化道路",
    Category.DORM: "宿舍管理",
    Category.OTHER: "其他",
}

URGENCY_NAMES: Final = {Urgency.URGENT: "紧急", Urgency.NORMAL: "一般"}

HELP: Final = (
    "您好，这里是后勤服务助手。您可以直接用一句话告诉我遇到的问题，例如：\n"
    "· 3号楼502的水龙头坏了，一直在滴水\n"
    "· 二食堂的菜太咸了\n"
    "· 建议图书馆延长开放时间\n"
    "我会帮您登记成工单，转给负责的班组，并随时告诉您处理进度。\n"
    "常用命令：/my 查看我的工单 · /status #编号 查看某张工单\n"
    "/cancel 放弃正在填写的内容 · /cancel #编号 撤回还没人接单的工单 · /help 查看帮助"
)
GROUP_HELP: Final = "本群用于接收工单。请点击工单卡片上的按钮处理；报修请私聊我。"

ASK_LOCATION: Final = "请问具体在哪里？（例如：3号楼502、图书馆二楼东侧）"
ASK_NEW_LOCATION: Final = "好的，请告诉我新的地点。"
NO_LOCATION: Final = "未填写"

SUMMARY: Final = (
    "我理解的内容如下，请确认：\n"
    "类型：{kind}\n"
    "类别：{category}\n"
    "地点：{location}\n"
    "紧急程度：{urgency}\n"
    "描述：{text}"
)
SUMMARY_PHOTOS: Final = "\n照片：{count} 张"
CONFIRM: Final = "确认提交"
MODIFY: Final = "修改"
CANCEL: Final = "取消"
MODIFY_WHAT: Final = "请问要修改哪一项？"
CHANGE_CATEGORY: Final = "修改类别"
CHANGE_LOCATION: Final = "修改地点"
PICK_CATEGORY: Final = "请选择正确的类别："
BACK: Final = "返回"
DRAFT_CANCELLED: Final = "好的，已取消，这条内容不会提交。如有其他问题，随时告诉我。"
NOTHING_TO_CANCEL: Final = "当前没有正在填写的内容。"
BUTTON_EXPIRED: Final = "这个按钮已经失效了，请以最新的消息为准。"
EARLIER_KEPT: Final = "（您之前那条还没提交的内容我也记着，处理完这一条再继续。）"
TWO_PROBLEMS: Final = (
    "您这条消息里有 {count} 个不同的问题，我分开登记，方便分别派给负责的班组。"
    "每一条请分别确认；也可以直接回复“确认”，一起提交："
)
STILL_NEEDS_PLACE: Final = "您之前说的“{text}”还没有提交。请问具体在哪里？"
STILL_WAITING: Final = (
    "您之前说的“{text}”还没有提交，内容如下：没问题请点击“确认提交”或直接回复“确认”。"
)
NO_OPEN_TICKET_FILING_NOW: Final = (
    "没有查到您名下处理中的工单，我先按新的问题为您登记，请看看下面的内容是否正确："
)
NO_OPEN_TICKET: Final = "您目前没有处理中的工单。如果有新的问题，直接告诉我就可以。"
STILL_ASKING_WHERE: Final = (
    "还需要知道具体位置才能派人处理。请告诉我楼号和房间（例如：3号楼502）；不需要了请回复“取消”。"
)
SUMMARY_WAITING: Final = (
    "上面的内容还没有提交。没问题请点击“确认提交”或回复“确认”；需要修改地点可以直接告诉我新的地点。"
)
THANKS_BUT_WAITING: Final = "不客气！不过上面的内容还没有提交，请点击“确认提交”或回复“确认”。"
SUMMARY_SUPERSEDED: Final = "（地点已更正，请确认下面更新后的内容。）"
REPORT_SUPERSEDED: Final = "（已按您的更正修改，请确认下面更新后的内容。）"
# The description staff read keeps what was first said and the correction, in order.
CORRECTED_REPORT: Final = "{before}（更正：{after}）"
SIBLING_PLACED: Final = "（这一条也用同一个地点，稍后请您再确认一次。）"
PLACE_NOTED: Final = "好的，地点记下了：{location}。请问那里出了什么问题？"
YOU_ARE_WELCOME: Final = "不客气！还有其他问题随时告诉我。"
TICKET_STILL_NEEDS_PLACE: Final = (
    "紧急工单 #{number} 还缺具体位置，请告诉我楼号、楼层或房间，方便工作人员尽快赶到。"
)
TICKET_PLACE_SKIPPED: Final = "好的。工单 #{number} 已通知值班人员，他们可能会联系您确认位置。"
STATUS_ANSWER: Final = "您最近的工单 #{number}（{category} · {location}）目前状态：{status}，由{team}负责。有新进展会第一时间通知您。"

RECEIPT: Final = "已收到您的{kind} #{number}，{team}会尽快处理。处理进度会在这里通知您。"
RECEIPT_URGENT: Final = (
    "已收到您报告的紧急情况 #{number}，已立即通知{team}和值班主管。"
    "如有人身危险，请先远离现场并拨打 119 / 120 或学校保卫处电话。"
)
WITHDRAW: Final = "撤回"
MARKED_URGENT: Final = "报告人标记为紧急"
URGENT_BUTTON: Final = "🚨 紧急情况"
SUBMITTED_URGENT_NOTICE: Final = "已按紧急情况提交"
PHOTO_ADDED_TO_DRAFT: Final = "照片已收到，会和这次的内容一起提交。"
PHOTO_ADDED_TO_TICKET: Final = "照片已补充到您的工单 #{number}。"
PHOTO_NOWHERE: Final = "照片已收到。请再用文字描述一下问题和地点，我来帮您登记。"
UNSUPPORTED: Final = "抱歉，我暂时只能看懂文字和照片。请用文字描述您遇到的问题。"
TOO_LONG: Final = "您的消息太长了（超过 {limit} 字），请简要描述问题和地点后再发给我。"
UNKNOWN_COMMAND: Final = "抱歉，我不认识这个命令。发送 /help 查看可以使用的命令。"

CARD: Final = (
    "{urgent_mark}工单 #{number} · {kind} · {category}\n"
    "地点：{location}\n"
    "描述：{text}\n"
    "报告人：{reporter}\n"
    "状态：{status}{assignee}"
)
CARD_URGENT_MARK: Final = "【紧急】"
CARD_EVIDENCE: Final = "\n分派依据：{words}"
CARD_ASSIGNEE: Final = "（{name}）"
ANONYMOUS: Final = "匿名"

STATUS_PUSH: Final = "您的工单 #{number} 状态更新：{status}。{detail}"
PUSH_ACKNOWLEDGED: Final = "{name}已接单，会尽快处理。"
PUSH_STARTED: Final = "{name}正在处理。"
PUSH_RESOLVED: Final = (
    "处理已完成。请为这次服务打个分；如果问题没有解决，可以点击“没修好”重新打开。"
)
PUSH_REASSIGNED: Final = "已转交{team}处理，原因：{reason}。"
PUSH_REJECTED: Final = "原因：{reason}。如有疑问，请联系后勤办公室。"
PUSH_CLOSED: Final = "感谢您的反馈。"
PUSH_CLOSED_WITH_REASON: Final = "原因：{reason}。如有疑问，请联系后勤办公室。"
PUSH_DUPLICATE: Final = "与工单 #{other} 是同一问题，会随该工单一起处理。"
PUSH_REOPENED: Final = "已重新打开，会再次安排处理。"
PUSH_CANCELLED: Final = "已取消。"
RATE_PROMPT: Final = "请为这次服务打分（1–5 星）："
REOPEN: Final = "没修好"
THANKS_FOR_RATING: Final = "感谢您的评价（{stars}）！"

URGENT_LOCATION_ADDED: Final = "【紧急工单】#{number} 补充了地点：{location}"
URGENT_ALERT: Final = (
    "【紧急工单】#{number} {category} · {location}\n{text}\n已派给{team}。依据：{evidence}"
)

ACK: Final = "接单"
START: Final = "开始处理"
RESOLVE: Final = "完成"
REASSIGN: Final = "转派"
PICK_TEAM: Final = "请选择要把工单 #{number} 转派给哪个班组："
ASK_REASSIGN_REASON: Final = "{name}，请直接回复把工单 #{number} 转派给{team}的原因："
ACTION_DONE: Final = "好的，工单 #{number} 已{action}。"
RACE_LOST: Final = "工单 #{number} 刚刚已被其他人处理，请以卡片上的最新状态为准。"
TICKET_GONE: Final = "找不到这张工单，它可能已被删除。"
NOT_YOURS: Final = "这张工单不是您提交的，无法查看。"

MY_TICKETS_HEADER: Final = "您最近的工单："
MY_TICKET_LINE: Final = "#{number} {category} · {location} · {status}"
MY_TICKETS_EMPTY: Final = "您还没有提交过工单。直接描述问题即可报修。"
STATUS_USAGE: Final = "请这样查询：/status #12"
WITHDRAW_USAGE: Final = "请这样撤回工单：/cancel #12"
STATUS_LINE: Final = (
    "工单 #{number} · {kind} · {category}\n地点：{location}\n状态：{status}\n提交时间：{created}"
)
REASSIGN_BAD_TEAM: Final = "请选择另一个存在的班组进行转派。"
RATING_INVALID: Final = "评分需要是 1 到 5 分。"
CARD_REASSIGNED: Final = "工单 #{number} 已转派给{team}。原因：{reason}"
REOPENED_BY_REPORTER: Final = "工单 #{number} 已重新打开，我们会再次安排处理。"
CANCELLED_BY_REPORTER: Final = "工单 #{number} 已取消。"
ASK_LOCATION_URGENT: Final = "为了让工作人员尽快赶到，请告诉我具体位置（楼号、楼层或房间）。"
LOCATION_ADDED: Final = "工单 #{number} 补充了地点：{location}"
LOCATION_THANKS: Final = "已为工单 #{number} 补充地点：{location}。"
PHOTO_FOR_TEAM: Final = "工单 #{number} 的报告人补充了照片。"
SUBMITTED: Final = "已提交，工单编号 #{number}。"
SUBMITTED_NOTICE: Final = "已提交"
TICKET_NOT_FOUND: Final = "没有找到工单 #{number}，请检查编号。"
SUPERVISE_USAGE: Final = "请这样使用：/reject #12 原因，或 /close #12 原因"
DUP_USAGE: Final = "请这样使用：/dup #12 #8（把 #12 标记为 #8 的重复工单）"

# Ticket statuses and workflow moves, as people see them.
STATUS_LABELS: Final[Mapping[str, str]] = {
    "new": "待接单",
    "acknowledged": "已接单",
    "in_progress": "处理中",
    "resolved": "已完成",
    "closed": "已关闭",
    "reopened": "已重新打开",
    "rejected": "已驳回",
    "duplicate": "重复工单",
    "cancelled": "已取消",
}

ACTION_LABELS: Final[Mapping[str, str]] = {
    "acknowledge": "接单",
    "start": "开始处理",
    "resolve": "完成",
    "reassign": "转派",
    "cancel": "取消",
    "reopen": "重新打开",
    "rate": "评价",
    "reject": "驳回",
    "close": "关闭",
    "mark_duplicate": "标记重复",
}

# Refusals of the workflow (handlers/workflow.py), keyed by who may make the move at all.
NOT_ALLOWED: Final[Mapping[frozenset[str], str]] = {
    frozenset({"reporter"}): "只有报修人可以{action}工单。",
    frozenset({"team_staff", "supervisor"}): "只有负责这张工单的班组成员或主管可以{action}。",
    frozenset({"supervisor"}): "只有主管可以{action}工单。",
}
NOT_ALLOWED_ANY: Final = "抱歉，您没有权限{action}这张工单。"

# Refusals for a move the ticket's status does not allow, where a specific sentence helps more
# than the general one below.
WRONG_STATUS: Final[Mapping[tuple[str, str], str]] = {
    ("acknowledge", "acknowledged"): "这张工单已经被接单了，无需重复操作。",
    ("acknowledge", "in_progress"): "这张工单已经被接单了，无需重复操作。",
    ("start", "in_progress"): "这张工单已经在处理中了，无需重复操作。",
    ("start", "new"): "请先接单，再开始处理。",
    ("start", "reopened"): "请先接单，再开始处理。",
    ("resolve", "new"): "请先接单，再标记完成。",
    ("resolve", "reopened"): "请先接单，再标记完成。",
    ("resolve", "resolved"): "这张工单已经完成了，无需重复操作。",
    ("cancel", "acknowledged"): "工单已有人接单处理，无法取消；如有需要，请联系处理人员。",
    ("cancel", "in_progress"): "工单已有人接单处理，无法取消；如有需要，请联系处理人员。",
    ("cancel", "resolved"): "工单已经完成，无法取消；如问题仍在，可以重新打开。",
    ("cancel", "cancelled"): "这张工单已经取消了，无需重复操作。",
    ("reopen", "closed"): "工单已关闭，无法重新打开，请重新报修。",
    ("close", "closed"): "这张工单已经关闭了，无需重复操作。",
}
WRONG_STATUS_OPEN: Final[Mapping[str, str]] = {
    "reopen": "这张工单还没有完成，无需重新打开。",
    "rate": "工单完成后才能评价。",
}
WRONG_STATUS_ANY: Final = "这张工单当前为“{status}”状态，无法{action}。"

MISSING: Final[Mapping[str, str]] = {
    "reassign": "转派需要填写原因。",
    "reject": "驳回需要填写原因。",
    "close": "工单尚未完成，关闭需要填写原因。",
}
MISSING_DUPLICATE_OF: Final = "标记重复需要填写与之重复的工单编号。"
REOPEN_TOO_LATE: Final = "工单已完成超过 {days} 天，无法重新打开，请重新报修。"
ALREADY_RATED: Final = "您已经评价过这张工单了，感谢您的反馈。"
