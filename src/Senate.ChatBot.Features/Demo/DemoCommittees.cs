using Senate.ChatBot.Features.Meetings;

namespace Senate.ChatBot.Features.Demo;

/// <summary>
/// The Senate, its 21 standing committees (ids as in the language model's built-in list) and two
/// sub-committees each. Sub-committee names are made up for the demonstration.
/// </summary>
internal static class DemoCommittees
{
    private static readonly (string Id, string Thai, string English, string Topic, string[] Aliases)[] Standing =
    [
        ("law", "คณะกรรมาธิการการกฎหมาย การยุติธรรม และการตำรวจ", "Committee on Law, Justice and Police", "กระบวนการยุติธรรม", []),
        ("finance", "คณะกรรมาธิการการเงิน การคลัง การธนาคาร และสถาบันการเงิน", "Committee on Finance, Fiscal, Banking and Financial Institutions", "ระบบภาษี", []),
        ("foreign-affairs", "คณะกรรมาธิการการต่างประเทศ", "Committee on Foreign Affairs", "ความร่วมมือระหว่างประเทศ", []),
        ("military", "คณะกรรมาธิการการทหารและความมั่นคงของรัฐ", "Committee on Military Affairs and State Security", "ความมั่นคงชายแดน", ["ความมั่นคง", "military"]),
        ("economy", "คณะกรรมาธิการการเศรษฐกิจ การพาณิชย์ และการอุตสาหกรรม", "Committee on Economy, Commerce and Industry", "วิสาหกิจขนาดกลางและขนาดย่อม", []),
        ("agriculture", "คณะกรรมาธิการการเกษตรและสหกรณ์", "Committee on Agriculture and Cooperatives", "ราคาสินค้าเกษตร", []),
        ("transport", "คณะกรรมาธิการการคมนาคม", "Committee on Transport", "ระบบขนส่งทางราง", []),
        ("energy", "คณะกรรมาธิการการพลังงาน", "Committee on Energy", "พลังงานทดแทน", []),
        ("education", "คณะกรรมาธิการการศึกษา", "Committee on Education", "การศึกษาขั้นพื้นฐาน", []),
        ("public-health", "คณะกรรมาธิการการสาธารณสุข", "Committee on Public Health", "ระบบหลักประกันสุขภาพ", ["health"]),
        ("social", "คณะกรรมาธิการการพัฒนาสังคม เด็ก เยาวชน สตรี ผู้สูงอายุ คนพิการ และผู้ด้อยโอกาส", "Committee on Social Development, Children, Youth, Women, the Elderly, Persons with Disabilities and the Underprivileged", "สวัสดิการผู้สูงอายุ", []),
        ("labour", "คณะกรรมาธิการการแรงงาน", "Committee on Labour", "แรงงานนอกระบบ", ["labor"]),
        ("environment", "คณะกรรมาธิการการทรัพยากรธรรมชาติและสิ่งแวดล้อม", "Committee on Natural Resources and Environment", "ฝุ่นละอองขนาดเล็ก", ["ทรัพยากร"]),
        ("tourism-sports", "คณะกรรมาธิการการท่องเที่ยวและการกีฬา", "Committee on Tourism and Sports", "การท่องเที่ยวชุมชน", ["sport"]),
        ("science", "คณะกรรมาธิการการวิทยาศาสตร์ เทคโนโลยี การสื่อสาร และการโทรคมนาคม", "Committee on Science, Technology, Communications and Telecommunications", "รัฐบาลดิจิทัล", ["ดิจิทัล", "digital"]),
        ("political-development", "คณะกรรมาธิการการพัฒนาการเมือง การมีส่วนร่วมของประชาชน สิทธิมนุษยชน สิทธิ เสรีภาพ และการคุ้มครองผู้บริโภค", "Committee on Political Development, Public Participation, Human Rights, Liberties and Consumer Protection", "การคุ้มครองผู้บริโภค", ["การเมือง"]),
        ("local-administration", "คณะกรรมาธิการการปกครองส่วนท้องถิ่น", "Committee on Local Administration", "การกระจายอำนาจ", ["ท้องถิ่น", "local government"]),
        ("religion-culture", "คณะกรรมาธิการการศาสนา คุณธรรม จริยธรรม ศิลปะ และวัฒนธรรม", "Committee on Religion, Morality, Ethics, Arts and Culture", "มรดกทางวัฒนธรรม", []),
        ("anti-corruption", "คณะกรรมาธิการการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ", "Committee on Anti-Corruption and Misconduct", "การจัดซื้อจัดจ้างภาครัฐ", ["ทุจริต", "corruption"]),
        ("budget-monitoring", "คณะกรรมาธิการการติดตามการบริหารงบประมาณ", "Committee on Budget Monitoring", "การเบิกจ่ายงบประมาณ", ["ติดตามงบประมาณ"]),
        ("senate-affairs", "คณะกรรมาธิการการกิจการวุฒิสภา", "Committee on Senate Affairs", "การประชาสัมพันธ์งานของวุฒิสภา", ["กิจการวุฒิสภา"]),
    ];

    public static Committee Senate { get; } = new()
    {
        Id = Committee.SenateId,
        ThaiName = "วุฒิสภา",
        EnglishName = "The Senate",
        Kind = BodyKind.Senate,
        Aliases = ["ประชุมวุฒิสภา", "sitting", "plenary"],
    };

    public static IReadOnlyList<Committee> StandingCommittees { get; } =
        [.. Standing.Select(s => new Committee { Id = s.Id, ThaiName = s.Thai, EnglishName = s.English, Aliases = s.Aliases })];

    public static IReadOnlyList<Committee> SubCommittees { get; } = [.. Standing.SelectMany(SubCommitteesOf)];

    public static IReadOnlyList<Committee> All { get; } = [Senate, .. StandingCommittees, .. SubCommittees];

    public static string TopicOf(string committeeId) =>
        Standing.FirstOrDefault(s => s.Id == committeeId).Topic ?? "กิจการของวุฒิสภา";

    private static IEnumerable<Committee> SubCommitteesOf((string Id, string Thai, string English, string Topic, string[] Aliases) parent)
    {
        yield return new Committee
        {
            Id = parent.Id + "-sub-1",
            ThaiName = "คณะอนุกรรมาธิการพิจารณาศึกษา" + parent.Topic,
            EnglishName = "Sub-committee studying " + parent.English["Committee on ".Length..],
            Kind = BodyKind.SubCommittee,
            ParentId = parent.Id,
        };
        yield return new Committee
        {
            Id = parent.Id + "-sub-2",
            ThaiName = "คณะอนุกรรมาธิการติดตามการดำเนินงาน" + parent.Thai["คณะกรรมาธิการ".Length..].Split(' ')[0],
            EnglishName = "Sub-committee on follow-up, " + parent.English["Committee on ".Length..],
            Kind = BodyKind.SubCommittee,
            ParentId = parent.Id,
        };
    }
}
