using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Senate.ChatBot.Features.Members;

public static class MemberRecordsSetup
{
    public static StoreOptions AddMemberRecordDocuments(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Schema.For<MemberRecord>();
        return options;
    }

    /// <summary>Personal records, and who a chat user is as a member (over the account links of <see cref="MembersSetup"/>).</summary>
    public static IServiceCollection AddMemberRecords(this IServiceCollection services)
    {
        services.AddSingleton<MemberRecords>();
        services.AddSingleton<IMemberIdentity, LinkedMemberIdentity>();
        return services;
    }
}
