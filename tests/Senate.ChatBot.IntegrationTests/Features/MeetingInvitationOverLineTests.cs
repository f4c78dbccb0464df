using System.Globalization;
using System.Text;
using Senate.ChatBot.Features.Import;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Meetings.Notices;
using Senate.ChatBot.Features.Members;
using Senate.ChatBot.Host.Meetings;
using Senate.ChatBot.IntegrationTests.Line;

namespace Senate.ChatBot.IntegrationTests.Features;

/// <summary>The whole way of an invitation: import → notice → LINE outbox → push to the linked member only.</summary>
public sealed class MeetingInvitationOverLineTests
{
    [Fact]
    public async Task An_imported_meeting_is_pushed_to_invited_members_who_linked_their_line_account()
    {
        await using var host = await LineHost.StartAsync();
        var linked = host.NewFriend();
        await host.Get<MemberLinks>().LinkAsync(linked, "7");
        var importer = host.Get<SenateImporter>();
        await importer.ImportAsync(ImportKind.Committees, ImportFormat.Json, Utf8("""
            [ { "id": "transport", "thaiName": "คณะกรรมาธิการการคมนาคม", "englishName": "Committee on Transport" } ]
            """));
        var day = BangkokTime.Today(TimeProvider.System).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var report = await importer.ImportAsync(ImportKind.Meetings, ImportFormat.Csv, Utf8($"""
            id,body,title,start,end,room,invited,public
            t-1,transport,การประชุมครั้งที่ 1,{day}T09:30,{day}T12:00,ห้อง 301,7;8,false
            """));
        Assert.Equal(1, report.Added);

        var taken = await host.Get<MeetingNotices>().DispatchDueAsync(host.Get<LineMeetingNotifier>(), 50);

        Assert.Equal(1, taken);
        await LineHost.EventuallyAsync(
            () => Task.FromResult(host.Fake.State.MessagesTo(linked).Any(m =>
                m.Message["text"]?.GetValue<string>().StartsWith("หนังสือเชิญประชุม: การประชุมครั้งที่ 1 ของคณะกรรมาธิการการคมนาคม", StringComparison.Ordinal) == true)),
            "the invitation pushed to the linked member");
        Assert.Single(host.Fake.State.Delivered);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
