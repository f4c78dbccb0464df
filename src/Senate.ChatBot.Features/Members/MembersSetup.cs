using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Senate.ChatBot.Features.Members;

public static class MembersSetup
{
    /// <summary>Account links and enrolment codes; the channel that links accounts calls this.</summary>
    public static IServiceCollection AddMemberLinking(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<MemberLink>().UniqueIndex(l => l.MemberNumber);
            options.Schema.For<EnrolmentCode>().Index(c => c.MemberNumber);
        });
        services.AddSingleton<MemberLinks>();
        services.AddSingleton<EnrolmentCodes>();
        return services;
    }
}
