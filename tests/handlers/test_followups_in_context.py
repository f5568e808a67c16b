"""Follow-ups read in the context of the conversation: no report is swallowed as a place,
typed yes and no act as the buttons, and a place named alone waits for its report."""

from sqlalchemy import select

from handlers import texts
from storage.models import Ticket, TicketEvent
from tests.handlers.conftest import MAINTENANCE_CHAT, STUDENT, SUPERVISOR, Chat


async def _tickets(chat: Chat) -> list[Ticket]:
    return list((await chat.session.scalars(select(Ticket).order_by(Ticket.number))).all())


async def test_an_emergency_given_as_the_answer_to_where_is_filed_at_once(chat: Chat) -> None:
    await chat.say("桌子腿断了一条")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("先别管桌子了,厕所水管爆了,水哗哗往外冒,在7号楼3楼")
    [ticket] = await _tickets(chat)
    assert (ticket.urgency, ticket.category, ticket.location_text) == (
        "urgent",
        "water",
        "7号楼3楼",
    )
    assert f"#{ticket.number}" in (await chat.last_to(SUPERVISOR)).text
    # The desk is not lost: the bot asks for its place again.
    assert "桌子腿断了一条" in (await chat.last_to(STUDENT)).text
    await chat.say("5号楼201")
    await chat.press("确认提交")
    desk = (await _tickets(chat))[-1]
    assert (desk.category, desk.location_text) == ("furniture", "5号楼201")


async def test_a_new_report_while_asking_where_is_not_taken_as_the_place(chat: Chat) -> None:
    await chat.say("淋浴一直没有热水")
    await chat.say("还有二食堂的菜太咸了")
    summary = await chat.last_to(STUDENT)
    assert "类别：餐饮" in summary.text
    await chat.press("确认提交")
    await chat.say("5号楼303")  # now the shower's place
    await chat.press("确认提交")
    tickets = await _tickets(chat)
    assert sorted((t.category, t.location_text) for t in tickets) == [
        ("canteen", "第二食堂"),
        ("water", "5号楼303"),
    ]


async def test_an_urgent_tickets_place_is_not_taken_from_the_next_report(chat: Chat) -> None:
    await chat.say("实验室着火了!")
    await chat.say("还有二食堂的菜太咸了")
    fire = (await _tickets(chat))[0]
    assert fire.location_text == "实验室"  # the kind of place named; which one is still asked
    await chat.press("确认提交")
    assert (
        texts.TICKET_STILL_NEEDS_PLACE.format(number=fire.number)
        == (await chat.last_to(STUDENT)).text
    )
    await chat.say("化学楼")
    await chat.session.refresh(fire)
    assert fire.location_text == "化学楼"
    assert [t.kind for t in await _tickets(chat)] == [fire.kind, "complaint"]


async def test_a_late_place_edits_the_card_tells_supervisors_and_is_in_the_history(
    chat: Chat,
) -> None:
    await chat.say("宿舍里有股烧焦的味道，插座在冒烟！")
    [ticket] = await _tickets(chat)
    await chat.new_messages()
    await chat.say("8号楼305")
    sent = await chat.new_messages()
    card_edits = [m for m in sent if m.edit_key and m.edit_key.startswith(f"card:{ticket.number}")]
    assert card_edits and "地点：8号楼305" in card_edits[0].text
    told = [m for m in sent if m.address.chat_id == SUPERVISOR]
    assert told and "8号楼305" in told[0].text
    events = (
        await chat.session.scalars(
            select(TicketEvent).where(
                TicketEvent.ticket_id == ticket.id, TicketEvent.action == "locate"
            )
        )
    ).all()
    assert [e.note for e in events] == ["8号楼305"]


async def test_the_place_first_and_the_problem_next_make_one_ticket(chat: Chat) -> None:
    await chat.say("我在8栋312")
    assert (await chat.last_to(STUDENT)).text == texts.PLACE_NOTED.format(location="8栋312")
    assert await _tickets(chat) == []
    await chat.say("厕所冲水按钮按不下去")
    assert "地点：8栋312" in (await chat.last_to(STUDENT)).text
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("water", "8栋312")


async def test_a_remembered_place_is_forgotten_after_a_while(chat: Chat) -> None:
    await chat.say("我在8栋312")
    chat.later(hours=3)
    await chat.say("厕所冲水按钮按不下去")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION


async def test_a_place_alone_is_not_a_report(chat: Chat) -> None:
    await chat.say("行政楼")
    assert "确认提交" not in (await chat.last_to(STUDENT)).button_labels()
    assert await _tickets(chat) == []


async def test_a_correction_while_the_summary_waits_keeps_the_building(chat: Chat) -> None:
    await chat.say("逸夫楼三楼的投影仪坏了")
    await chat.say("不对,是四楼")
    summary = await chat.last_to(STUDENT)
    assert "地点：逸夫楼4楼" in summary.text
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("teaching", "逸夫楼4楼")


async def test_the_summary_before_a_correction_can_no_longer_file(chat: Chat) -> None:
    await chat.say("逸夫楼三楼的投影仪坏了")
    first = await chat.last_to(STUDENT)
    action = next(b.action for row in first.buttons for b in row if b.label == "确认提交")
    await chat.say("说错了,是五楼")
    result = await chat.send(chat.button(action, user=STUDENT, chat=STUDENT))
    assert result.notice == texts.BUTTON_EXPIRED
    assert await _tickets(chat) == []


async def test_typed_confirmation_files_the_report(chat: Chat) -> None:
    for word in ("确认", "提交", "好的", "没问题"):
        await chat.say("2号楼门口的路灯不亮了")
        await chat.say(word)
    tickets = await _tickets(chat)
    assert [t.original_text for t in tickets] == ["2号楼门口的路灯不亮了"] * 4
    assert all(t.category == "electric" for t in tickets)


async def test_typed_cancel_drops_the_report_and_files_nothing(chat: Chat) -> None:
    for word in ("取消", "不用了", "算了"):
        await chat.say("寝室衣柜的门掉下来了")
        await chat.say("4号楼")
        await chat.say(word)
        assert (await chat.last_to(STUDENT)).text == texts.DRAFT_CANCELLED
    assert await _tickets(chat) == []


async def test_cancel_while_asking_where_drops_the_report(chat: Chat) -> None:
    await chat.say("淋浴一直没有热水")
    await chat.say("算了,不用了")
    await chat.say("5号楼303")  # no draft any more: a place named alone
    assert await _tickets(chat) == []


async def test_thanks_and_yes_with_nothing_waiting_file_nothing(chat: Chat) -> None:
    for text in ("谢谢", "好的", "好的谢谢", "确认", "辛苦了"):
        await chat.say(text)
        assert (await chat.last_to(STUDENT)).text == texts.YOU_ARE_WELCOME
    await chat.say("取消")
    assert (await chat.last_to(STUDENT)).text == texts.NOTHING_TO_CANCEL
    assert await _tickets(chat) == []


async def test_thanks_while_the_summary_waits_reminds_to_confirm(chat: Chat) -> None:
    await chat.say("2号楼门口的路灯不亮了")
    await chat.say("谢谢")
    assert (await chat.last_to(STUDENT)).text == texts.THANKS_BUT_WAITING
    assert await _tickets(chat) == []


async def test_a_second_report_keeps_the_first_pressable(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.say("二食堂的菜太咸了")
    assert (await chat.last_to(STUDENT)).text.startswith("我理解的内容如下")
    messages = [m for m in await chat.outbox() if "确认提交" in m.button_labels()]
    first, second = messages[-2], messages[-1]
    for summary in (first, second):
        action = next(b.action for row in summary.buttons for b in row if b.label == "确认提交")
        await chat.send(chat.button(action, user=STUDENT, chat=STUDENT))
    assert sorted(t.category for t in await _tickets(chat)) == ["canteen", "water"]


async def test_confirming_all_files_every_waiting_report(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.say("二食堂的菜太咸了")
    await chat.say("两个都提交")
    assert sorted(t.category for t in await _tickets(chat)) == ["canteen", "water"]


async def test_a_yes_that_names_one_report_files_that_one(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.say("二食堂的菜太咸了")
    await chat.say("水龙头那个确认一下")
    assert [t.category for t in await _tickets(chat)] == ["water"]


async def test_two_problems_in_one_message_are_offered_as_two_tickets(chat: Chat) -> None:
    await chat.say("3号楼502的空调坏了,还有灯也不亮")
    assert texts.TWO_PROBLEMS.format(count=2) in [m.text for m in await chat.outbox()]
    await chat.say("都确认")
    tickets = await _tickets(chat)
    assert sorted((t.category, t.location_text) for t in tickets) == [
        ("electric", "3号楼502"),
        ("hvac", "3号楼502"),
    ]


async def test_asking_about_an_earlier_report_answers_its_state(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    await chat.say("我报的修怎么还没人来")
    answer = await chat.last_to(STUDENT)
    assert f"#{ticket.number}" in answer.text and "待接单" in answer.text
    assert len(await _tickets(chat)) == 1


async def test_asking_about_an_earlier_report_with_none_files_nothing(chat: Chat) -> None:
    await chat.say("我报的修怎么还没人来")
    assert await _tickets(chat) == []
    assert (await chat.last_to(STUDENT)).text == texts.NO_OPEN_TICKET


async def test_asking_about_an_earlier_report_while_asked_where_keeps_the_report(
    chat: Chat,
) -> None:
    await chat.say("我们寝室门锁坏了,钥匙插进去拧不动")
    await chat.say("对了,我上次报的修怎么还没人来")
    said = [m.text for m in await chat.outbox() if m.address.chat_id == STUDENT]
    assert texts.NO_OPEN_TICKET in said and said[-1] == texts.STILL_ASKING_WHERE
    await chat.say("7号楼205")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.category == "furniture" and "7号楼205" in ticket.location_text


async def test_an_urgent_reply_speaks_of_an_emergency_never_a_complaint(chat: Chat) -> None:
    await chat.say("着火了!!楼道里全是烟")
    [ticket] = await _tickets(chat)
    receipt = next(
        m
        for m in await chat.outbox()
        if f"#{ticket.number}" in m.text and m.address.chat_id == STUDENT
    )
    assert "紧急情况" in receipt.text and "投诉" not in receipt.text


async def test_the_emergency_button_files_at_once_and_alerts_supervisors(chat: Chat) -> None:
    await chat.say("宿舍楼道的灯一闪一闪的,5号楼3楼")
    assert "🚨 紧急情况" in (await chat.last_to(STUDENT)).button_labels()
    result = await chat.press("🚨 紧急情况")
    assert result.notice == texts.SUBMITTED_URGENT_NOTICE
    [ticket] = await _tickets(chat)
    assert ticket.urgency == "urgent"
    assert texts.MARKED_URGENT in ticket.evidence
    assert f"#{ticket.number}" in (await chat.last_to(SUPERVISOR)).text
    assert (await chat.last_to(MAINTENANCE_CHAT)).text.startswith(texts.CARD_URGENT_MARK)


async def test_a_traditional_place_given_when_asked_is_the_place_not_an_emergency(
    chat: Chat,
) -> None:
    await chat.say("冷氣不涼了,吹出來都是熱風")
    await chat.say("在18號樓215")
    summary = await chat.last_to(STUDENT)
    assert "地点：18号楼215" in summary.text and "类别：空调暖通" in summary.text
    assert await _tickets(chat) == []


async def test_a_greeting_with_a_place_remembers_the_place(chat: Chat) -> None:
    await chat.say("你好,我住10号楼506")
    assert (await chat.last_to(STUDENT)).text == texts.PLACE_NOTED.format(location="10号楼506")
    await chat.say("寝室的灯管坏了,一直在闪")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("electric", "10号楼506")
