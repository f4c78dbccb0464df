using System.Globalization;
using System.Text.RegularExpressions;
using Senate.ChatBot.BotBuilder.Dialogs;
using Senate.ChatBot.BotBuilder.Dialogs.Choices;
using Senate.ChatBot.BotBuilder.Dialogs.Prompts;
using Senate.ChatBot.BotBuilder.Schema;
using Senate.ChatBot.Dialogs.Common;
using Senate.ChatBot.Dialogs.Main;
using Senate.ChatBot.Dialogs.Meetings;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Language.Recognition;

namespace Senate.ChatBot.Dialogs.Bookshelf;

/// <summary>
/// Searches the electronic bookshelf: asks what to look for when nothing was said, lists up to five
/// results, then takes a number (an item: "ต้องการรูปแบบไหน" when it has several editions) or more
/// words to narrow by (committee, year, format). A member who prefers Word and audio gets them first.
/// </summary>
public sealed partial class BookshelfDialog : ComponentDialog, ITopicDialog
{
    private const string FlowId = "bookshelf.flow";
    private const string TextAsk = "bookshelf.text";
    private const string FormatAsk = "bookshelf.format";
    private const string QueryKey = "query";
    private const string ItemKey = "item";
    private readonly BookshelfRequestReader _reader;
    private readonly BookshelfSearch _search;
    private readonly ViewerResolver _viewers;
    private readonly MemberRecords _members;

    public BookshelfDialog(BookshelfRequestReader reader, BookshelfSearch search, ViewerResolver viewers, MemberRecords members)
        : base(nameof(BookshelfDialog))
    {
        (_reader, _search, _viewers, _members) = (reader, search, viewers, members);
        AddDialog(new TextPrompt(TextAsk));
        AddDialog(new ChoicePrompt(FormatAsk) { MaxAttempts = 2 });
        AddDialog(new WaterfallDialog(FlowId, [WhatAsync, SearchAsync, PickAsync, DeliverAsync]));
        InitialDialogId = FlowId;
    }

    public string Intent => Intents.BookshelfSearch;

    public Dialog Dialog => this;

    private async Task<DialogTurnResult> WhatAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var query = step.GetOptions<BookshelfQuery>() ?? await _reader.ReadAsync(step.Context.Activity.Text, Today(step), null, cancellationToken);
        step.Values.Set(QueryKey, query);
        return BookshelfRequestReader.IsEmpty(query)
            ? await step.PromptAsync(TextAsk, new PromptOptions
            {
                Prompt = Say.Text(step.Context,
                    "ต้องการค้นหาเอกสารเรื่องอะไรคะ พิมพ์ชื่อหรือคำในชื่อเอกสาร เช่น งบประมาณ รายงานกรรมาธิการการคลัง หรือ รัฐธรรมนูญ",
                    "What are you looking for? Type words from the title, for example budget, finance committee report or constitution."),
            }, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> SearchAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var query = step.Values.Get<BookshelfQuery>(QueryKey)!;
        if (step.Result is string words)
        {
            query = await _reader.ReadAsync(words, Today(step), query, cancellationToken);
            step.Values.Set(QueryKey, query);
        }

        var english = Say.IsEnglish(step.Context);
        var viewer = await _viewers.ViewerAsync(step.Context, cancellationToken);
        var found = await _search.SearchAsync(query, viewer, cancellationToken);
        if (found.Count == 0 && query.CommitteeId is not null && !string.IsNullOrEmpty(query.Words))
        {
            // The committee's own name was probably among the words; the committee filter already says it.
            found = await _search.SearchAsync(query with { Words = null }, viewer, cancellationToken);
        }

        if (found.Count == 0 && step.GetOptions<BookshelfQuery>() is not null)
        {
            // A reply that narrows to nothing is more likely a new request: MainDialog routes it afresh.
            return await step.EndDialogAsync(Reroute.Message, cancellationToken);
        }

        if (found.Count == 0)
        {
            await step.Context.SendActivityAsync(Topics.Offer(step.Context,
                "ไม่พบเอกสารที่ตรงกับคำค้นค่ะ ลองใช้คำที่สั้นลงหรือคำอื่นในชื่อเอกสาร หรือพิมพ์ \"ติดต่อเจ้าหน้าที่\" ให้บรรณารักษ์ช่วยค้น",
                "No documents match. Try shorter or other words from the title, or type \"talk to staff\" for a librarian's help."), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var preferred = await PreferredAsync(viewer, cancellationToken);
        step.Values.Set("found", found.Select(i => i.Id).ToList());
        return await step.PromptAsync(TextAsk, new PromptOptions
        {
            Prompt = MessageFactory.Text(Say.Pick(step.Context, $"พบ {found.Count} รายการค่ะ", $"Found {found.Count}:") + "\n" +
                BookshelfLines.List(found, preferred, english) + "\n" +
                Say.Pick(step.Context,
                    "พิมพ์หมายเลขเพื่อเลือกรูปแบบไฟล์ หรือพิมพ์คำเพื่อกรองต่อ เช่น ปี 2569 ชื่อคณะกรรมาธิการ หรือ หนังสือเสียง",
                    "Type a number to choose an edition, or more words to narrow, such as 2026, a committee or audio book.")),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.Result as string ?? "";
        var found = step.Values.Get<List<string>>("found") ?? [];
        if (ItemNumber().Match(TextNormalizer.FoldCaseAndDigits(answer)) is not { Success: true } pick
            || int.Parse(pick.Groups["n"].Value, CultureInfo.InvariantCulture) is var n && (n < 1 || n > found.Count))
        {
            var narrowed = await _reader.ReadAsync(answer, Today(step), step.Values.Get<BookshelfQuery>(QueryKey), cancellationToken);
            return await step.ReplaceDialogAsync(FlowId, narrowed, cancellationToken);
        }

        var viewer = await _viewers.ViewerAsync(step.Context, cancellationToken);
        var item = await _search.FindAsync(found[n - 1], viewer, cancellationToken);
        var files = item is null ? [] : BookshelfLines.Ordered(item, await PreferredAsync(viewer, cancellationToken));
        if (files.Count <= 1)
        {
            return await step.NextAsync(files.Count == 1 ? files[0] : null, cancellationToken);
        }

        step.Values.Set(ItemKey, files);
        return await step.PromptAsync(FormatAsk, new PromptOptions
        {
            Prompt = Say.Text(step.Context, $"\"{item!.Title}\" มีหลายรูปแบบ ต้องการรูปแบบไหนคะ", $"\"{item!.Title}\" comes in several editions. Which one would you like?"),
            Choices = [.. files.Select(f => new Choice(FileFormats.Name(f.Format, Say.IsEnglish(step.Context))) { Synonyms = [f.Format] })],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DeliverAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var file = step.Result switch
        {
            BookshelfFile chosen => chosen,
            FoundChoice choice => step.Values.Get<List<BookshelfFile>>(ItemKey)?[choice.Index],
            _ => null,
        };
        await step.Context.SendActivityAsync(file is null
            ? Say.Text(step.Context, "ขออภัยค่ะ เปิดรายการนี้ไม่ได้", "Sorry, that item cannot be opened.")
            : Say.Text(step.Context,
                $"{FileFormats.Name(file.Format, false)}: {file.Url}",
                $"{FileFormats.Name(file.Format, true)}: {file.Url}"), cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private async Task<IReadOnlyList<string>> PreferredAsync(Viewer viewer, CancellationToken cancellationToken) =>
        viewer.MemberNumber is { } number && await _members.FindAsync(number, cancellationToken) is { } member ? member.PreferredFormats : [];

    private static DateOnly Today(WaterfallStepContext step) => BangkokTime.Today(step.Context.Adapter.TimeProvider);

    [GeneratedRegex(@"^\D{0,12}?(?<n>\d{1,2})\D{0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();
}
