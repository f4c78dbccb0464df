using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Meetings.Notices;

namespace Senate.ChatBot.IntegrationTests.Features;

public sealed class MeetingNoticeTests : IAsyncLifetime
{
    private static readonly DateOnly MeetingDay = FeatureStore.Today.AddDays(7);
    private readonly FeatureStore _features = new();

    private MeetingNotices Notices => _features.Get<MeetingNotices>();

    public Task InitializeAsync() => _features.InitializeAsync();

    public Task DisposeAsync() => _features.DisposeAsync();

    [Fact]
    public async Task A_new_meeting_invites_at_once_and_reminds_at_eight_the_day_before()
    {
        await SaveAsync(null, Meeting());

        var notices = await Notices.ForMeetingAsync("m");
        var now = _features.Time.GetUtcNow();
        Assert.Equal(new[] { "1", "2" }, notices.Where(n => n.Kind == NoticeKind.Invitation && n.DueAt == now).Select(n => n.MemberNumber).Order());
        var reminders = notices.Where(n => n.Kind == NoticeKind.Reminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal(BangkokTime.At(MeetingDay.AddDays(-1), new TimeOnly(8, 0)), r.DueAt));
        Assert.Equal("หนังสือเชิญประชุม: การประชุมครั้งที่ 1 ของคณะกรรมาธิการการคมนาคม วันพฤหัสบดีที่ 3 ธันวาคม 2569 เวลา 09.30 น. ถึง 12.00 น. ณ ห้อง 301",
            notices.First(n => n.Kind == NoticeKind.Invitation).Text);
    }

    [Fact]
    public async Task Saving_the_same_meeting_again_plans_nothing_new()
    {
        await SaveAsync(null, Meeting());
        await SaveAsync(Meeting(), Meeting());

        Assert.Equal(4, (await Notices.ForMeetingAsync("m")).Count);
    }

    [Fact]
    public async Task A_new_time_tells_everyone_and_moves_the_reminder()
    {
        await SaveAsync(null, Meeting());
        var later = Meeting() with { Start = BangkokTime.At(MeetingDay.AddDays(1), new TimeOnly(13, 30)), End = BangkokTime.At(MeetingDay.AddDays(1), new TimeOnly(16, 0)) };
        await SaveAsync(Meeting(), later);

        var notices = await Notices.ForMeetingAsync("m");
        Assert.Equal(2, notices.Count(n => n.Kind == NoticeKind.Rescheduled));
        var reminders = notices.Where(n => n.Kind == NoticeKind.Reminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal(BangkokTime.At(MeetingDay, new TimeOnly(8, 0)), r.DueAt));
    }

    [Fact]
    public async Task A_cancelled_meeting_is_announced_and_its_reminders_dropped()
    {
        await SaveAsync(null, Meeting());
        await SaveAsync(Meeting(), Meeting() with { Status = MeetingStatus.Cancelled });

        var notices = await Notices.ForMeetingAsync("m");
        Assert.Equal(2, notices.Count(n => n.Kind == NoticeKind.Cancelled));
        Assert.DoesNotContain(notices, n => n.Kind == NoticeKind.Reminder);
    }

    [Fact]
    public async Task Past_meetings_announce_nothing()
    {
        var past = Meeting() with { Start = BangkokTime.At(FeatureStore.Today.AddDays(-3), new TimeOnly(9, 30)), End = BangkokTime.At(FeatureStore.Today.AddDays(-3), new TimeOnly(12, 0)) };
        await SaveAsync(null, past);

        Assert.Empty(await Notices.ForMeetingAsync("m"));
    }

    [Fact]
    public async Task Dispatch_hands_over_what_is_due_once_and_the_reminder_when_its_time_comes()
    {
        await SaveAsync(null, Meeting());
        var channel = new RecordingChannel();

        Assert.Equal(2, await Notices.DispatchDueAsync(channel, 50));
        Assert.Equal(0, await Notices.DispatchDueAsync(channel, 50));
        _features.Time.SetUtcNow(BangkokTime.At(MeetingDay.AddDays(-1), new TimeOnly(8, 0)));
        Assert.Equal(2, await Notices.DispatchDueAsync(channel, 50));

        Assert.Equal(new[] { NoticeKind.Invitation, NoticeKind.Invitation, NoticeKind.Reminder, NoticeKind.Reminder }, channel.Taken.Select(n => n.Kind));
    }

    private static Meeting Meeting() => new()
    {
        Id = "m",
        BodyId = "transport",
        BodyThai = "คณะกรรมาธิการการคมนาคม",
        BodyEnglish = "Committee on Transport",
        Title = "การประชุมครั้งที่ 1",
        Start = BangkokTime.At(MeetingDay, new TimeOnly(9, 30)),
        End = BangkokTime.At(MeetingDay, new TimeOnly(12, 0)),
        Room = "ห้อง 301",
        Invited = ["1", "2"],
    };

    private async Task SaveAsync(Meeting? before, Meeting after)
    {
        await using var session = _features.Store.LightweightSession();
        await Notices.PlanAsync(session, before, after);
        session.Store(after);
        await session.SaveChangesAsync();
    }

    /// <summary>Stands in for the LINE outbox, which is outside this feature.</summary>
    private sealed class RecordingChannel : IMeetingNotifier
    {
        public List<MeetingNotice> Taken { get; } = [];

        public Task<bool> NotifyAsync(MeetingNotice notice, CancellationToken cancellationToken)
        {
            Taken.Add(notice);
            return Task.FromResult(true);
        }
    }
}
