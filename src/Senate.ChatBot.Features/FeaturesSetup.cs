using Marten;
using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Features.Attachments;
using Senate.ChatBot.Features.Feedback;

namespace Senate.ChatBot.Features;

public static class FeaturesSetup
{
    /// <summary>The documents and indexes of every feature, applied to the host's Marten store.</summary>
    public static StoreOptions AddSenateDocuments(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Schema.For<ServiceRating>().Index(r => r.GivenAt);
        return options;
    }

    public static IServiceCollection AddSenateFeatures(this IServiceCollection services)
    {
        services.AddSingleton<ServiceRatings>();
        services.AddSingleton<AttachmentStore>();
        return services;
    }
}
