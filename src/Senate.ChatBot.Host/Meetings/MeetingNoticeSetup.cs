namespace Senate.ChatBot.Host.Meetings;

internal static class MeetingNoticeSetup
{
    /// <summary>Meeting invitations, changes and reminders pushed over LINE (needs the LINE channel's outbox).</summary>
    public static WebApplicationBuilder AddMeetingNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LineMeetingNotifier>();
        builder.Services.AddHostedService<MeetingNoticeDispatcher>();
        return builder;
    }
}
