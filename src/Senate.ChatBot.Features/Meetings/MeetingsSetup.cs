using Marten;
using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Features.Meetings.Notices;

namespace Senate.ChatBot.Features.Meetings;

public static class MeetingsSetup
{
    /// <summary>Meetings are read by start time (a day, a range, "next"), by body, and by invited member.</summary>
    public static StoreOptions AddMeetingDocuments(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Schema.For<Committee>();
        options.Schema.For<Meeting>()
            .Duplicate(m => m.Start)
            .Duplicate(m => m.BodyId)
            .Duplicate(m => m.ParentBodyId!);
        options.Schema.For<MeetingNotice>()
            .Duplicate(n => n.MeetingId)
            .Index(n => n.DueAt);
        return options;
    }

    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddOptions<MeetingLinkOptions>().BindConfiguration(MeetingLinkOptions.Section);
        services.AddSingleton<CommitteeDirectory>();
        services.AddSingleton<MeetingQueries>();
        services.AddSingleton<MeetingNotices>();
        return services;
    }
}
