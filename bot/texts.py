"""What bot/ itself says (the console's frame, start-up hints); the bot's own replies are in
handlers/texts.py."""

from typing import Final

from storage.enums import Role

NO_TOKEN: Final = (
    "没有设置 BOT_TOKEN，无法连接 Telegram。想先在终端里试用，请运行：python -m bot console"
)
TELEGRAM_NOT_READY: Final = (
    "Telegram 渠道还在开发中。想先在终端里试用，请运行：python -m bot console"
)

ROLE_NAMES: Final = {
    Role.STUDENT: "学生",
    Role.TEACHER: "教师",
    Role.STAFF: "后勤员工",
    Role.SUPERVISOR: "主管",
    Role.ADMIN: "管理员",
}

WELCOME: Final = (
    "后勤机器人控制台：在这里可以轮流扮演学生、后勤员工和主管。\n"
    "直接输入要说的话；输入数字按下最近一条消息上的按钮；"
    "/as 名字 身份 [班组] 切换身份；/群 到本班组的群里说话，/私聊 回到私聊；Ctrl-D 退出。"
)
AS_USAGE: Final = (
    "用法：/as 名字 身份 [班组]，例如 /as 王师傅 staff {team}。\n"
    "身份可以是 student（学生）、teacher（教师）、staff（后勤员工）、supervisor（主管）、"
    "admin（管理员）；staff 需要写班组代码：{teams}"
)
UNKNOWN_ROLE: Final = "不认识的身份 “{role}”。" + AS_USAGE
TEAM_REQUIRED: Final = "后勤员工需要指定班组。" + AS_USAGE
UNKNOWN_TEAM: Final = "没有代码为 “{team}” 的班组，可用的班组代码：{teams}"
NOW_YOU_ARE: Final = "现在你是「{name}」（{role}）。"
NOW_YOU_ARE_STAFF: Final = "现在你是「{name}」（{role}，{team}）。"
NO_FREE_SUPERVISOR_ID: Final = (
    "路由文件里的主管 ID 都已被其他角色占用，「{name}」能看到所有消息，但收不到紧急提醒。"
)

IN_GROUP: Final = "现在在「{chat}」里说话；输入 /私聊 回到私聊。"
IN_PRIVATE: Final = "现在回到与机器人的私聊。"
NOT_STAFF: Final = "只有后勤员工有班组群；请先用 /as 名字 staff 班组 切换身份。"
GROUP_IS_QUIET: Final = (
    "这句话发在了「{chat}」，机器人在群里只回应按钮、命令和转派理由；输入 /私聊 回到私聊。"
)

NOTHING_TO_PRESS: Final = "现在没有可以按的按钮。先说一句话试试，或者用 /as 换个身份看看。"
NO_SUCH_BUTTON: Final = "最近这条消息上只有 {count} 个按钮，请输入 1 到 {count} 之间的数字。"
HANDLER_FAILED: Final = "抱歉，处理这条消息时出错了（详情见标准错误输出），请换个说法再试。"

# How the console shows a delivered message.
GROUP_CHAT: Final = "{team}群"
SUPERVISOR_CHAT: Final = "主管"
SUPERVISOR_NAMED: Final = "主管 {name}"
HEADER: Final = "【{chat}】"
EDITED: Final = "(更新) {text}"
PHOTOS: Final = "(附图 {count} 张)"
NOTICE: Final = "(提示) {text}"
