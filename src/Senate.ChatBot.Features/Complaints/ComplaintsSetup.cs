using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Features.Calendar;
using Senate.ChatBot.Features.Complaints.Clock;
using Senate.ChatBot.Features.Complaints.Notifications;
using Senate.ChatBot.Features.Complaints.Reports;
using Senate.ChatBot.Features.Complaints.Retention;
using Weasel.Postgresql.Tables;

namespace Senate.ChatBot.Features.Complaints;

public static class ComplaintsSetup
{
    /// <summary>Every event a complaint stream holds.</summary>
    public static IReadOnlyList<Type> EventTypes { get; } =
    [
        typeof(ComplaintSubmitted), typeof(ComplaintAcknowledged), typeof(ComplaintAssigned), typeof(ComplaintNoteAdded),
        typeof(ComplaintInformationRequested), typeof(ComplaintInformationReceived), typeof(ComplaintReplied),
        typeof(ComplaintForwardedToWorkingGroup), typeof(ComplaintEscalated), typeof(ComplaintResolved), typeof(ComplaintReopened),
        typeof(ComplaintFeedbackGiven), typeof(ComplaintDeadlineWarned), typeof(ComplaintDueDatesRecomputed), typeof(ComplaintPersonalDataErased),
    ];

    /// <summary>The business calendar's changes, the complaint streams, their inline projections and the notifications.</summary>
    public static StoreOptions AddComplaintDocuments(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Schema.For<CalendarOverride>();
        // Every host knows every event type up front, so it can read streams another host wrote.
        options.Events.AddEventTypes(EventTypes);
        options.Projections.Add(new ComplaintProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ComplaintTimelineProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new ComplaintFactsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<Complaint>()
            .UniqueIndex(UniqueIndexType.Computed, c => c.Reference)
            // What the inbox filters, counts and sorts by on every page view. DueAt keeps its Bangkok
            // offset, which a timestamptz column parameter refuses, so it gets an expression index.
            .Duplicate(c => c.IsOpen)
            // pg_trgm itself is added once for the whole store, by the bookshelf's setup.
            .Duplicate(c => c.SearchText, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            })
            .Index(c => c.DueAt)
            .Index(c => c.ReceivedAt);
        options.Schema.For<ComplaintFacts>().Index(f => f.ReceivedAt);
        options.Schema.For<ComplaintNotification>().Index(n => n.ChannelId).Index(n => n.Address);
        options.Schema.For<NotificationClaim>();
        options.Schema.For<DeskStaffMember>();
        options.AddComplaintMasking();
        return options;
    }

    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddOptions<ComplaintOptions>()
            .BindConfiguration(ComplaintOptions.Section)
            .Validate(o => o.RetentionMonths is >= 1 and <= 120, "The setting Complaints__RetentionMonths must be 1 to 120.")
            .Validate(o => o.ClockMaxSleepMinutes is >= 1 and <= 1440, "The setting Complaints__ClockMaxSleepMinutes must be 1 to 1440.")
            .Validate(o => o.UnfiledAttachmentDays is >= 1 and <= 90, "The setting Complaints__UnfiledAttachmentDays must be 1 to 90.")
            .ValidateOnStart();
        services.AddSingleton<BusinessCalendars>();
        services.AddSingleton<ComplaintChanges>();
        services.AddSingleton<ComplaintNotifications>();
        services.AddSingleton<ComplaintWriter>();
        services.AddSingleton<ComplaintRegister>();
        services.AddSingleton<CitizenComplaints>();
        services.AddSingleton<ComplaintDesk>();
        services.AddSingleton<ComplaintClock>();
        services.AddSingleton<DeskCalendar>();
        services.AddSingleton<ComplaintRetention>();
        services.AddSingleton<UnfiledAttachments>();
        services.AddSingleton<QuarterlyReports>();
        return services;
    }

    // What the retention job blanks in stored events: everything written about or by the person
    // (notes and replies may name them too); everything the statistics need stays.
    private static void AddComplaintMasking(this StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<ComplaintSubmitted>(e => e with { Text = "", Attachments = [], Contact = null, ReplyTo = null });
        options.Events.AddMaskingRuleForProtectedInformation<ComplaintNoteAdded>(e => e with { Text = "" });
        options.Events.AddMaskingRuleForProtectedInformation<ComplaintInformationRequested>(e => e with { Question = "" });
        options.Events.AddMaskingRuleForProtectedInformation<ComplaintInformationReceived>(e => e with { Answer = "" });
        options.Events.AddMaskingRuleForProtectedInformation<ComplaintReplied>(e => e with { Text = "" });
        options.Events.AddMaskingRuleForProtectedInformation<ComplaintFeedbackGiven>(e => e with { Comment = null });
    }
}
