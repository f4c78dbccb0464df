using Marten;
using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Features.Bookshelf;
using Senate.ChatBot.Features.Demo;
using Senate.ChatBot.Features.Import;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Features.Feedback;
using Senate.ChatBot.Features.Meetings;
using Senate.ChatBot.Features.Members;

namespace Senate.ChatBot.Features;

public static class FeaturesSetup
{
    /// <summary>The documents and indexes of every feature, applied to the host's Marten store.</summary>
    public static StoreOptions AddSenateDocuments(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Schema.For<ServiceRating>().Index(r => r.GivenAt);
        options.AddMeetingDocuments();
        options.AddMemberRecordDocuments();
        options.AddBookshelfDocuments();
        options.AddComplaintDocuments();
        return options;
    }

    public static IServiceCollection AddSenateFeatures(this IServiceCollection services)
    {
        services.AddSingleton<ServiceRatings>();
        services.AddSingleton<AttachmentStore>();
        services.AddMeetings();
        services.AddMemberRecords();
        services.AddBookshelf();
        services.AddSenateImport();
        services.AddDemoData();
        services.AddComplaints();
        return services;
    }
}
