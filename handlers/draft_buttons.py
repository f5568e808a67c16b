"""The buttons of a summary: 确认提交 / 修改 / 取消 / 🚨 紧急情况, and the menus behind 修改.

Each press names its draft by token. Several summaries may be waiting at once (a second
report arrived before the first was confirmed), so the press acts on the draft it names, and
a press on a draft that was filed, dropped or replaced changes nothing.
"""

from handlers import cards, draft_decisions, drafts, texts
from handlers.context import Context, Result
from handlers.drafts import Draft, Pending, State
from handlers.messages import Inbound
from handlers.sending import reply
from nlp import Category
from storage.models import User


async def on_draft_button(
    ctx: Context, inbound: Inbound, user: User, token: str, what: str
) -> Result:
    pending = await drafts.load(ctx, inbound, user)
    draft = pending.find(token) if pending is not None else None
    if pending is None or draft is None:
        return Result(notice=texts.BUTTON_EXPIRED)
    edit = draft_decisions.edit_summary
    match what:
        case "ok":
            await draft_decisions.confirm(ctx, inbound, user, pending, draft)
            return Result(notice=texts.SUBMITTED_NOTICE)
        case "urgent":
            await draft_decisions.confirm_urgent(ctx, inbound, user, pending, draft)
            return Result(notice=texts.SUBMITTED_URGENT_NOTICE)
        case "no":
            await draft_decisions.drop(ctx, inbound, user, pending, draft)
            return Result()
        case "edit":
            await edit(ctx, inbound, draft, texts.MODIFY_WHAT, cards.modify_menu(draft))
            return Result()
        case "cat":
            await edit(ctx, inbound, draft, texts.PICK_CATEGORY, cards.category_picker(draft))
            return Result()
        case "loc":
            # The draft whose place changes becomes the one the next message answers.
            current = pending.without(token).model_copy(
                update={
                    "state": State.AWAITING_NEW_LOCATION,
                    "draft": draft,
                    "others": _others_with_current(pending, token),
                }
            )
            await drafts.save(ctx, inbound, user, current)
            await reply(ctx, inbound, texts.ASK_NEW_LOCATION)
            return Result()
        case "back":
            text, buttons = cards.summary(draft)
            await edit(ctx, inbound, draft, text, buttons)
            return Result()
        case _ if what.startswith("c:") and what[2:] in set(Category):
            changed = draft.model_copy(update={"category": Category(what[2:])})
            await drafts.save(ctx, inbound, user, _replaced(pending, changed))
            text, buttons = cards.summary(changed)
            await edit(ctx, inbound, draft, text, buttons)
            return Result()
        case _:
            return Result(notice=texts.BUTTON_EXPIRED)


def _others_with_current(pending: Pending, token: str) -> tuple[Draft, ...]:
    return pending.without(token).drafts()


def _replaced(pending: Pending, changed: Draft) -> Pending:
    """`pending` with the draft of the same token swapped for `changed` (same token: its
    summary, edited in place, stays the one to press)."""
    if pending.draft is not None and pending.draft.token == changed.token:
        return pending.model_copy(update={"draft": changed})
    others = tuple(changed if d.token == changed.token else d for d in pending.others)
    return pending.model_copy(update={"others": others})
