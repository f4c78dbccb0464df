using System.Text.RegularExpressions;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Host.Desk;
using Senate.ChatBot.Host.Desk.Admin;
using Senate.ChatBot.Host.Desk.Cases;
using Senate.ChatBot.Host.Desk.Users;

namespace Senate.ChatBot.UnitTests.Desk;

/// <summary>A missing word shows its key ("ev-answer-overdue") to the desk: every key the pages ask for must be in both languages.</summary>
public sealed partial class DeskWordsTests
{
    private static readonly Actor By = Actor.Clock;
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Every_key_written_in_the_desk_pages_and_code_has_thai_and_english_words()
    {
        var desk = Path.Combine(RepositoryFiles.Root, "src", "Senate.ChatBot.Host", "Desk");
        var keys = Directory.EnumerateFiles(desk, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 100, $"only {keys.Count} keys found: the pattern no longer matches the pages");
        Assert.Empty(Missing(keys));
    }

    [Fact]
    public void Every_stage_channel_category_outcome_view_urgency_role_and_holiday_source_has_words()
    {
        var keys = Enum.GetNames<ComplaintStage>().Select(n => "stage-" + n)
            .Concat(Enum.GetNames<ComplaintChannel>().Select(n => "channel-" + n))
            .Concat(Enum.GetNames<ComplaintCategory>().Select(n => "category-" + n))
            .Concat(Enum.GetNames<ComplaintOutcome>().Select(n => "outcome-" + n))
            .Concat(Enum.GetNames<InboxView>().Select(n => "view-" + n))
            .Concat(Enum.GetNames<Urgency>().Select(n => "urgency-" + n))
            .Concat(Enum.GetNames<HolidaySource>().Select(n => "source-" + n))
            .Concat(Enum.GetNames<DeskRole>());

        Assert.Empty(Missing(keys));
    }

    [Fact]
    public void Every_event_of_a_complaint_has_a_timeline_word()
    {
        IComplaintEvent[] samples =
        [
            new ComplaintSubmitted("CMP-2569-000001-AA", ComplaintChannel.Line, ComplaintCategory.Complaint, "premises", "x", [], null, null, true, null, At, At, By, At),
            new ComplaintAcknowledged(By, At), new ComplaintAssigned("o", "o", "u", By, At), new ComplaintNoteAdded("n", By, At),
            new ComplaintInformationRequested("q", By, At), new ComplaintInformationReceived("a", At, null, By, At),
            new ComplaintReplied("r", By, At), new ComplaintForwardedToWorkingGroup("w", At, By, At), new ComplaintEscalated("e", By, At),
            new ComplaintResolved(ComplaintOutcome.Answered, null, By, At), new ComplaintReopened("r", At, By, At),
            new ComplaintFeedbackGiven(5, null, By, At), new ComplaintDueDatesRecomputed(At, null, "r", By, At), new ComplaintPersonalDataErased(By, At),
            .. from deadline in Enum.GetValues<Deadline>()
               from level in new[] { WarningLevel.DueSoon, WarningLevel.Overdue }
               select (IComplaintEvent)new ComplaintDeadlineWarned(deadline, level, At, By, At),
        ];

        Assert.Equal(ComplaintsSetup.EventTypes.OrderBy(t => t.Name), samples.Select(s => s.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.Empty(Missing(samples.Select(s => "ev-" + ComplaintTimelineProjection.EntryFor(1, s).What)));
    }

    private static List<string> Missing(IEnumerable<string> keys) =>
        [.. keys.Where(k => !DeskWords.All.TryGetValue(k, out var w) || string.IsNullOrWhiteSpace(w.Thai) || string.IsNullOrWhiteSpace(w.English))];

    [GeneratedRegex("""text\["([^"]+)"\]""")]
    private static partial Regex LiteralKey();
}
