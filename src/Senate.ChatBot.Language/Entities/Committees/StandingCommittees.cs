namespace Senate.ChatBot.Language.Entities.Committees;

/// <summary>The Senate's 21 standing committees (วุฒิสภา, from 2024), until meeting data supplies its own list.</summary>
public sealed class StandingCommittees : ICommitteeNameSource
{
    private static readonly IReadOnlyList<CommitteeName> All =
    [
        new("law", "คณะกรรมาธิการการกฎหมาย การยุติธรรม และการตำรวจ", "Committee on Law, Justice and Police"),
        new("finance", "คณะกรรมาธิการการเงิน การคลัง การงบประมาณ และสถาบันการเงิน", "Committee on Finance, Fiscal, Budget and Financial Institutions", ["การเงิน"]),
        new("foreign-affairs", "คณะกรรมาธิการการต่างประเทศ", "Committee on Foreign Affairs"),
        new("military", "คณะกรรมาธิการการทหารและความมั่นคงของรัฐ", "Committee on Military Affairs and State Security", ["ความมั่นคง"]),
        new("economy", "คณะกรรมาธิการการเศรษฐกิจ การพาณิชย์ และการอุตสาหกรรม", "Committee on Economy, Commerce and Industry"),
        new("agriculture", "คณะกรรมาธิการการเกษตรและสหกรณ์", "Committee on Agriculture and Cooperatives"),
        new("transport", "คณะกรรมาธิการการคมนาคม", "Committee on Transport", ["transportation"]),
        new("energy", "คณะกรรมาธิการการพลังงาน", "Committee on Energy"),
        new("education", "คณะกรรมาธิการการศึกษา", "Committee on Education"),
        new("public-health", "คณะกรรมาธิการการสาธารณสุข", "Committee on Public Health", ["health"]),
        new("social", "คณะกรรมาธิการการสังคม เด็ก เยาวชน สตรี ผู้สูงอายุ คนพิการ และผู้ด้อยโอกาส", "Committee on Social Development, Children, Youth, Women, the Elderly, Persons with Disabilities and the Underprivileged", ["social"]),
        new("labour", "คณะกรรมาธิการการแรงงาน", "Committee on Labour", ["labor"]),
        new("environment", "คณะกรรมาธิการการทรัพยากรธรรมชาติและสิ่งแวดล้อม", "Committee on Natural Resources and Environment", ["ทรัพยากร"]),
        new("tourism-sports", "คณะกรรมาธิการการท่องเที่ยวและการกีฬา", "Committee on Tourism and Sports", ["sport"]),
        new("science", "คณะกรรมาธิการการวิทยาศาสตร์ เทคโนโลยี การสื่อสาร และการโทรคมนาคม", "Committee on Science, Technology, Communications and Telecommunications", ["ดิจิทัล", "digital"]),
        new("political-development", "คณะกรรมาธิการการพัฒนาการเมือง การมีส่วนร่วมของประชาชน สิทธิมนุษยชน สิทธิ เสรีภาพ และการคุ้มครองผู้บริโภค", "Committee on Political Development, Public Participation, Human Rights, Liberties and Consumer Protection", ["การเมือง"]),
        new("local-administration", "คณะกรรมาธิการการปกครองส่วนท้องถิ่น", "Committee on Local Administration", ["ท้องถิ่น", "local government"]),
        new("religion-culture", "คณะกรรมาธิการการศาสนา คุณธรรม จริยธรรม ศิลปะ และวัฒนธรรม", "Committee on Religion, Morality, Ethics, Arts and Culture"),
        new("anti-corruption", "คณะกรรมาธิการการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ", "Committee on Anti-Corruption and Misconduct", ["ทุจริต", "ปราบปรามทุจริต", "corruption"]),
        new("budget-monitoring", "คณะกรรมาธิการการติดตามการบริหารงบประมาณ", "Committee on Budget Monitoring", ["ติดตามงบประมาณ", "ติดตามงบ", "budget follow-up"]),
        new("senate-affairs", "คณะกรรมาธิการการกิจการวุฒิสภา", "Committee on Senate Affairs", ["กิจการวุฒิสภา"]),
    ];

    public IReadOnlyList<CommitteeName> Committees => All;
}
