package vn.reformdesk.security;

import vn.reformdesk.plans.PlanRef;
import vn.reformdesk.plans.TaskRow;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.audit.AuditFilter;
import vn.reformdesk.base.Period;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionForm;
import vn.reformdesk.inspections.InspectionType;
import vn.reformdesk.inspections.InspectionCommands;
import vn.reformdesk.inspections.InspectionQueries;
import vn.reformdesk.inspections.RecommendationCommands;
import vn.reformdesk.inspections.RecommendationQueries;
import vn.reformdesk.plans.PlanCommands;
import vn.reformdesk.plans.PlanQueries;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.units.ReadableUnit;
import vn.reformdesk.units.Selection;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitAdminService;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scope that cannot be forgotten: finds every public read method of every {@code @Service} of the
 * application by reflection and calls it as a leader of one commune (Thị trấn An Châu, 30589) asking for
 * data of units outside that commune (its district Châu Thành, 892, and the province, 89). Every call must
 * be refused with an {@link AccessDeniedException}. A method added later without the check fails here, and
 * so does a method whose parameters this test cannot build: give it a resolver below, or list it in
 * {@link #EXEMPT} with the reason it reads nothing of a unit.
 * <p>
 * Read methods are those not marked {@code @Transactional} for writing (on the method, or on the class when
 * the method has none). Write methods are refused by role or by the same unit checks in their own tests.
 */
@DatabaseTest
class ScopeMatrixTest {

    /** Methods that read no unit's data, with the reason. Keyed "Class.method(ParamType,…)". */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("UnitService.startUnit(Period)", "the caller's own unit"),
            Map.entry("UnitService.roots(Period)", "the caller's own unit"),
            Map.entry("UnitService.scopeRoot()", "the caller's own unit"),
            Map.entry("UnitService.search(String,Period,int)", "filtered to the caller's subtree (UnitServiceTest)"),
            Map.entry("UnitService.canRead(UnitRef)", "answers the scope question itself"),
            Map.entry("SelectionService.defaultPeriod()", "configuration"),
            Map.entry("SelectionService.currentYear()", "the reporting clock's year"),
            Map.entry("PlanQueries.canKeepPlans()", "the caller's role"),
            Map.entry("PlanQueries.asOf(Period)", "the clock"),
            Map.entry("PlanQueries.canUpdateStatus(TaskRow)", "the caller's right on a row already read through a checked method"),
            Map.entry("PlanQueries.draftOf(TaskRow)", "converts a row already read through a checked method"),
            Map.entry("PlanQueries.areas()", "reference data: the reform areas"),
            Map.entry("PlanQueries.allAreas()", "reference data: the reform areas"),
            Map.entry("DossierImportService.maxUploadBytes()", "configuration"),
            Map.entry("RankingService.provinceOf(UnitRef)", "reads the id in the path of a unit the caller already holds"),
            Map.entry("RankingService.province(IndexDef)", "a published index names its province to everyone it ranks"),
            Map.entry("RankingService.rankedUnit(IndexDef,String)", "a published ranking names every unit it ranks"),
            Map.entry("RankingService.rankedUnits(IndexDef)", "a published ranking names every unit it ranks"),
            Map.entry("RankingService.tiersUnder(IndexDef,UnitRef)", "the index definition: which tiers it ranks"),
            Map.entry("RankingService.ranking(IndexDef,UnitTier,UnitRef)", "the published ranking (totals) is shown to every leader; unpublished is empty for leaders"),
            Map.entry("RankingService.areas(IndexDef,UnitRef)", "area totals of the published ranking"),
            Map.entry("RankingService.trend(IndexDef,UnitRef)", "totals and ranks of the published rankings"),
            Map.entry("RankingService.canSeeDetail(UnitRef)", "answers the scope question itself"),
            Map.entry("RankingService.national(long)", "the province's published national results"),
            Map.entry("NationalResultService.parts(long)", "the parts of the province's published national results"),
            Map.entry("RankingService.export(Ranking,UnitRef,Locale)", "converts a ranking already read through a checked method (the unit only names it)"),
            Map.entry("RankingService.table(Ranking,UnitRef,Locale)", "converts a ranking already read through a checked method (the unit only names it)"),
            Map.entry("IndexService.indexes(long,int)", "index definitions are not confidential"),
            Map.entry("IndexService.find(long,String,int)", "index definitions are not confidential"),
            Map.entry("IndexService.get(long)", "index definitions are not confidential"),
            Map.entry("IndexService.tree(long)", "index definitions are not confidential"),
            Map.entry("IndexService.revisions(long)", "index definitions are not confidential"),
            Map.entry("InspectionQueries.asOf(Period)", "the clock"),
            Map.entry("InspectionQueries.topics()", "reference data: inspection topics"),
            Map.entry("InspectionQueries.topicsActiveOn(LocalDate,String)", "reference data: the inspection topics in force on a day"),
            Map.entry("CurrentUserService.find()", "the caller"),
            Map.entry("CurrentUserService.require()", "the caller"),
            Map.entry("DatabaseUserDetailsService.loadUserByUsername(String)", "sign-in itself"),
            Map.entry("UserService.exists(String)", "used by start-up; reveals no unit data"),
            Map.entry("UserService.passwordMinLength()", "a setting of the password policy; reveals no unit data"),
            Map.entry("LoginThrottle.waitFor(String,String)", "sign-in itself"),
            Map.entry("DirectiveQueries.canRecord()", "the caller's role"),
            Map.entry("DirectiveQueries.canUpdate(Directive)", "the caller's right on a directive already read through a checked method"),
            Map.entry("DirectiveQueries.canReopen(Directive)", "the caller's right on a directive already read through a checked method"),
            Map.entry("DossierKpiService.asOf(Period)", "the clock"),
            Map.entry("DossierKpiService.asOf(UnitRef,Period)", "the clock, stopped at the unit's end date (the published structure)"),
            Map.entry("DossierListService.asOf(Period)", "the clock"),
            Map.entry("DossierListService.archived(Period)", "the years archived in the installation, no unit's records"),
            Map.entry("InspectionTopicService.all()", "reference data: inspection topics"),
            Map.entry("InspectionTopicService.get(String)", "reference data: inspection topics"),
            Map.entry("InspectionTopicService.history(String)", "reference data: inspection topics"),
            Map.entry("NotificationService.latest(int)", "the caller's own notifications"),
            Map.entry("NotificationService.preferences()", "the caller's own choices"),
            Map.entry("NotificationService.unread()", "the caller's own notifications"),
            Map.entry("ReminderService.daily()", "the scheduled run; it reads each user's agenda as that user"),
            Map.entry("PlanAreaService.all()", "reference data: the reform areas"),
            Map.entry("PlanAreaService.forYear(int)", "reference data: the reform areas"),
            Map.entry("PlanAreaService.get(long)", "reference data: the reform areas"),
            Map.entry("PlanQueries.areas(int)", "reference data: the reform areas"),
            Map.entry("ScoringRoundQueries.appraises()", "the caller's role"),
            Map.entry("ScoringRoundQueries.isOwnLeader(UnitRef)", "answers the scope question itself"),
            Map.entry("ScoringRoundQueries.seesAllUnits()", "the caller's role"),
            Map.entry("ScoringRoundQueries.round(long)", "a round's dates are not confidential"),
            Map.entry("TargetService.canEdit()", "the caller's role"),
            Map.entry("UnitLineageService.changesDuring(Period)", "the days of a reorganisation"),
            Map.entry("UnitLineageService.soleSuccessor(long)", "the published structure of units"),
            Map.entry("UnitLineageService.publicSourcesFor(UnitRef,Period)", "names of predecessors only, for published rankings"),
            Map.entry("UnitLineageService.publicPredecessors(UnitRef)", "the published structure of units"),
            Map.entry("UnitLineageService.readingAhead(Collection,Runnable)", "reads links ahead for the checked reads inside it; returns nothing"),
            Map.entry("ReminderService.run(LocalDate,JavaMailSender)", "the daily run: it reads each user's agenda as that user (ReminderMailTest)"),
            Map.entry("PlanAreaService.history(long)", "reference data: the reform areas (PlanAreasPerYearTest)"),
            Map.entry("BriefingPack.pdf(ReviewReport,Locale)", "converts a report already read through a checked method"),
            Map.entry("BriefingPack.workbook(ReviewReport,Locale)", "converts a report already read through a checked method"),
            Map.entry("TargetService.defaultTarget(String,int)", "the province-wide default: the same for every unit"));

    /**
     * Read methods that take the id of a record this test has no fixture for yet, with the test that checks their
     * scope instead. Each should get a fixture here (scoring sheets, evidence, packs and targets have theirs).
     */
    static final Map<String, String> NOT_YET_IN_MATRIX = Map.of();

    /** Methods that take many units and answer only for those in scope: for units outside it they must answer nothing. */
    static final Set<String> FILTERED = Set.of("PlanQueries.completion(Collection,Period)", "UnitService.findReadable(long)");

    @Autowired
    ApplicationContext context;
    @Autowired
    UnitService units;
    @Autowired
    vn.reformdesk.support.TestUnits testUnits;
    @Autowired
    UnitAdminService unitAdmin;
    @Autowired
    PlanQueries plans;
    @Autowired
    PlanCommands planCommands;
    @Autowired
    IndexService indexes;
    @Autowired
    RankingService rankings;
    @Autowired
    InspectionQueries inspections;
    @Autowired
    RecommendationQueries recommendationQueries;
    @Autowired
    InspectionCommands inspectionCommands;
    @Autowired
    RecommendationCommands recommendationCommands;

    private UnitRef province;
    private UnitRef district;
    private UnitRef commune;
    private PlanRef plan;
    private TaskRow task;
    private IndexDef index;
    private RankingService.Ranking ranking;
    private long inspectionId;
    private long recommendationId;
    private static vn.reformdesk.directives.Meeting meeting;
    private static vn.reformdesk.directives.Directive directive;
    @Autowired
    vn.reformdesk.directives.DirectiveService directiveCommands;
    @Autowired
    vn.reformdesk.rankings.ScoringRoundService roundCommands;
    @Autowired
    vn.reformdesk.review.PackScheduleService packSchedules;
    @Autowired
    vn.reformdesk.support.TestClock clock;
    /** A scoring round of a district of the tests' own, outside the commune's scope: its sheet, one evidence file, one kept pack. */
    private static RoundFixture round;

    record RoundFixture(long indexId, UnitRef district, long criterionId, java.util.UUID evidence, long packId) {
    }

    /** The smallest file the evidence rules accept as a PDF. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final Period PERIOD = Period.year(2019);
    private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    @BeforeEach
    void demoData() {
        AsUser.run(AsUser.chair(), () -> {
            province = units.findByCode("89", Period.year(2024)).orElseThrow();
            district = units.findByCode("892", PERIOD).orElseThrow();
            commune = units.findByCode("30589", PERIOD).orElseThrow();
            plan = plans.planOf(district, 2019).orElseThrow();
            task = plans.tasks(plan.id(), AS_OF, 0, 1).getFirst();
            index = indexes.indexes(province.id(), 2024).getFirst();
            ranking = rankings.ranking(index, UnitTier.DISTRICT, province);
            inspectionId = inspections.list(InspectionFilter.of(district.id(), PERIOD), 0, 100).stream()
                    .filter(i -> !i.target().isWithin(commune)).findFirst().orElseThrow().id();
            recommendationId = recommendationQueries.openRecommendations(province.id(), LocalDate.of(2024, 12, 31), 0, 1).getFirst().id();
        });
        if (meeting == null) {
            // a meeting of a district committee of the tests' own, with one directive for that district: outside the
            // commune's scope, and away from the demo units whose agendas other tests read
            UnitRef other = testUnits.province(1, 0, 0).district(0);
            AsUser.run(AsUser.secretariat(), () -> {
                meeting = directiveCommands.openMeeting(other, new vn.reformdesk.directives.MeetingForm(AS_OF, PERIOD.code(),
                        "Họp kiểm tra phạm vi", "Chủ tịch", "", ""));
                directive = directiveCommands.addDirective(meeting.id(), new vn.reformdesk.directives.DirectiveForm(
                        "Chỉ đạo của huyện", other.id(), AS_OF.plusDays(30), null));
            });
        }
        if (round == null) {
            round = roundFixture();
        }
    }

    /**
     * A district of a province of the tests' own with its own index, a scoring round open for self-assessment, one
     * evidence file attached by the district's leader and one briefing pack kept for the district.
     */
    private RoundFixture roundFixture() {
        var tree = testUnits.province(1, 0, 0);
        UnitRef d = tree.district(0);
        Locale vi = Locale.forLanguageTag("vi");
        IndexDef idx = AsUser.call(AsUser.secretariat(), () -> {
            IndexDef defined = indexes.define(tree.province().id(), new IndexService.NewIndex("PAR-M", 2025, "Chỉ số kiểm tra phạm vi", null,
                    Set.of(UnitTier.DISTRICT), vn.reformdesk.rankings.Scale.POINTS,
                    List.of(new vn.reformdesk.rankings.Band("Đạt", "Pass", java.math.BigDecimal.ZERO, "green"))));
            indexes.defineCriteria(defined.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo", null, new java.math.BigDecimal("5"), false),
                    new IndexService.CriterionRow(3, "1.1", "Ban hành kế hoạch đúng hạn", null, new java.math.BigDecimal("5"), false)));
            roundCommands.open(defined.id(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 20));
            return defined;
        });
        long leaf = AsUser.call(AsUser.chair(), () -> indexes.tree(idx.id()).byCode("1.1").orElseThrow().id());
        java.util.UUID evidence;
        clock.setToday(LocalDate.of(2026, 1, 10));
        try {
            evidence = AsUser.call(AsUser.leaderOf(d), () -> roundCommands.attach(idx.id(), d.id(), leaf, "ke-hoach.pdf", PDF).id());
        } finally {
            clock.reset();
        }
        long pack = AsUser.call(AsUser.secretariat(), () -> {
            packSchedules.schedule(d, vn.reformdesk.review.PackSchedule.Frequency.MONTH, "pack@example.gov.vn", false, "scope-matrix");
            long schedule = packSchedules.schedules(units.readable(d)).getFirst().id();
            return packSchedules.makeNow(schedule).id();
        });
        return new RoundFixture(idx.id(), d, leaf, evidence, pack);
    }

    @Test
    void everyReadMethodOfEveryServiceRefusesALeaderOutsideTheirScope() {
        List<String> leaks = new ArrayList<>();
        List<String> unbuildable = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> provenByType = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        CurrentUser leader = AsUser.leaderOf(commune);

        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("vn.reformdesk")) {
                continue;
            }
            for (Method method : readMethods(type)) {
                String key = signature(type, method);
                seen.add(key);
                if (EXEMPT.containsKey(key) || NOT_YET_IN_MATRIX.containsKey(key)) {
                    continue;
                }
                if (Arrays.asList(method.getParameterTypes()).contains(ReadableUnit.class)) {
                    // the parameter type is the check: only UnitService.readable(...) creates one
                    provenByType.add(key);
                    continue;
                }
                Object[] args;
                try {
                    args = arguments(type, method);
                } catch (IllegalArgumentException e) {
                    unbuildable.add(key + ": " + e.getMessage());
                    continue;
                }
                checked.add(key);
                Object outcome = AsUser.call(leader, () -> {
                    try {
                        return method.invoke(bean, args);
                    } catch (InvocationTargetException e) {
                        return e.getCause();
                    }
                });
                if (FILTERED.contains(key)) {
                    if (!(outcome instanceof AccessDeniedException) && !isEmpty(outcome)) {
                        leaks.add(key + " → " + describe(outcome));
                    }
                } else if (!(outcome instanceof AccessDeniedException)) {
                    leaks.add(key + " → " + describe(outcome));
                }
            }
        }

        assertThat(unbuildable).as("read methods whose arguments this test cannot build: add a resolver or an exemption").isEmpty();
        assertThat(leaks).as("read methods that answered a leader outside their scope").isEmpty();
        assertThat(checked).as("the matrix found the services' read methods").hasSizeGreaterThan(40)
                .contains("UnitService.readable(UnitRef)", "UnitService.readable(long)", "UnitService.readableByCode(String,Period)");
        assertThat(provenByType).contains("UnitService.children(ReadableUnit,Period)");
        Set<String> stale = java.util.stream.Stream.concat(EXEMPT.keySet().stream(), NOT_YET_IN_MATRIX.keySet().stream())
                .filter(k -> !seen.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(stale).as("exemptions of methods that no longer exist").isEmpty();
    }

    @Test
    void aReadableUnitIsMadeOnlyByTheUnitServiceAfterTheScopeCheck() {
        assertThat(ReadableUnit.class.getConstructors()).as("no public constructor").isEmpty();
        assertThat(Arrays.stream(ReadableUnit.class.getDeclaredConstructors()).allMatch(c -> !Modifier.isPublic(c.getModifiers())
                && !Modifier.isProtected(c.getModifiers()) && !Modifier.isPrivate(c.getModifiers()))).as("package-private only").isTrue();
        CurrentUser leader = AsUser.leaderOf(commune);
        assertThat(AsUser.call(leader, () -> units.readable(commune.id())).unit()).isEqualTo(commune);
        assertThat(AsUser.call(leader, () -> units.readableByCode(commune.code(), PERIOD))).isPresent();
        Object refused = AsUser.call(leader, () -> {
            try {
                return units.readable(district);
            } catch (AccessDeniedException e) {
                return e;
            }
        });
        assertThat(refused).isInstanceOf(AccessDeniedException.class);
        ReadableUnit own = AsUser.call(leader, () -> units.readable(commune));
        assertThat(AsUser.call(leader, () -> units.subtree(own, PERIOD))).first().isEqualTo(commune);
    }

    @Test
    void aLeaderIsNotRefusedTheirOwnUnitInTheYearItsCodeWasReused() {
        var tree = testUnits.province(1, 0, 0);
        String code = "R" + System.nanoTime() % 100000;
        UnitRef[] both = AsUser.call(AsUser.admin(), () -> new UnitRef[]{
                unitAdmin.create(new UnitAdminService.NewUnit(code, "Xã Cũ", null, UnitTier.COMMUNE, "XA", tree.district(0).id(),
                        null, LocalDate.of(2025, 6, 30))),
                unitAdmin.create(new UnitAdminService.NewUnit(code, "Xã Mới", null, UnitTier.COMMUNE, "XA", tree.province().id(),
                        LocalDate.of(2025, 7, 1), null))});
        for (UnitRef own : both) {
            assertThat(AsUser.call(AsUser.leaderOf(own), () -> units.findByCode(code, Period.year(2025)))).contains(own);
        }
    }

    static List<Method> readMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .filter(m -> !isWrite(type, m))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    private static boolean isWrite(Class<?> type, Method method) {
        Transactional tx = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        return tx != null && !tx.readOnly();
    }

    static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    private Object[] arguments(Class<?> service, Method method) {
        Parameter[] params = method.getParameters();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = argument(service, params[i]);
        }
        return args;
    }

    /** An argument pointing at data outside the leader's commune, chosen by type and parameter name. */
    private Object argument(Class<?> service, Parameter p) {
        Class<?> type = p.getType();
        String name = p.getName();
        if (type == UnitRef.class) {
            return district;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Period.class) {
            return PERIOD;
        }
        if (type == LocalDate.class) {
            return AS_OF;
        }
        if (type == Locale.class) {
            return Locale.forLanguageTag("vi");
        }
        if (type == IndexDef.class) {
            return index;
        }
        if (type == UnitTier.class) {
            return UnitTier.COMMUNE;
        }
        if (type == RankingService.Ranking.class) {
            return ranking;
        }
        if (type == TaskRow.class) {
            return task;
        }
        if (type == InspectionFilter.class) {
            return InspectionFilter.of(district.id(), PERIOD);
        }
        if (type == InspectionForm.class) {
            return InspectionForm.planned(province.id(), 2019, district.code(), 5, null, InspectionType.SCHEDULED,
                    inspections.topics().getFirst().code(), "Nguyễn Văn A", "");
        }
        if (type == vn.reformdesk.directives.Meeting.class) {
            return meeting;
        }
        if (type == vn.reformdesk.directives.Directive.class) {
            return directive;
        }
        if (type == vn.reformdesk.directives.MeetingForm.class) {
            return new vn.reformdesk.directives.MeetingForm(AS_OF, PERIOD.code(), "Họp", "Chủ tịch", "", "");
        }
        if (type == vn.reformdesk.directives.DirectiveForm.class) {
            return new vn.reformdesk.directives.DirectiveForm("Chỉ đạo", district.id(), AS_OF.plusDays(30), null);
        }
        if (type == vn.reformdesk.dossiers.DossierListService.Query.class) {
            return new vn.reformdesk.dossiers.DossierListService.Query(district, PERIOD, vn.reformdesk.dossiers.DossierListKind.values()[0],
                    vn.reformdesk.dossiers.DossierListService.Filter.NONE);
        }
        if (type == java.util.function.Consumer.class) {
            return (java.util.function.Consumer<Object>) row -> { };
        }
        if (type == java.util.UUID.class) {
            return round.evidence();
        }
        if (type == java.math.BigDecimal.class) {
            return java.math.BigDecimal.ONE;
        }
        if (type == byte[].class) {
            return PDF;
        }
        if (type == AuditFilter.class) {
            return new AuditFilter(null, district.id(), null, null, null);
        }
        if (type == Selection.class) {
            return new Selection(district.code(), PERIOD);
        }
        if (type == QueryParameters.class) {
            return new Selection(district.code(), PERIOD).toQuery();
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of(district, province);
        }
        if (type == long.class || type == Long.class) {
            return switch (name) {
                case "unitId" -> service == vn.reformdesk.rankings.ScoringRoundService.class ? round.district().id() : district.id();
                case "parentId" -> district.id();
                case "criterionId" -> round.criterionId();
                case "packId" -> round.packId();
                case "userId" -> AsUser.chair().id();
                case "provinceId" -> province.id();
                case "planId" -> plan.id();
                case "taskId" -> task.id();
                case "indexId" -> service == vn.reformdesk.rankings.ScoringRoundService.class ? round.indexId() : index.id();
                case "recommendationId" -> recommendationId;
                case "meetingId" -> meeting.id();
                case "directiveId" -> directive.id();
                case "expectedVersion" -> 0L;
                case "id" -> service == InspectionQueries.class || service == InspectionCommands.class ? inspectionId
                        : service == vn.reformdesk.directives.DirectiveQueries.class
                        ? (p.getDeclaringExecutable().getName().equals("meeting") ? meeting.id() : directive.id())
                        : district.id();
                default -> throw new IllegalArgumentException("no value for long " + name);
            };
        }
        if (type == int.class || type == Integer.class) {
            return switch (name) {
                case "year" -> 2019;
                case "offset" -> 0;
                case "limit" -> 10;
                default -> throw new IllegalArgumentException("no value for int " + name);
            };
        }
        if (type == String.class) {
            return switch (name) {
                case "code" -> district.code();
                case "evidence", "comment", "minutesNumber", "attendees", "reason", "explanation", "text" -> "x";
                case "fileName" -> "ke-hoach.pdf";
                case "targetId" -> vn.reformdesk.dossiers.DossierTargetService.targetId(vn.reformdesk.dossiers.DossierKpi.Target.values()[0]);
                default -> throw new IllegalArgumentException("no value for String " + name);
            };
        }
        throw new IllegalArgumentException("no value for " + type.getSimpleName() + " " + name);
    }

    private static boolean isEmpty(Object outcome) {
        return outcome instanceof Map<?, ?> m ? m.isEmpty()
                : outcome instanceof Collection<?> c ? c.isEmpty()
                : outcome instanceof java.util.Optional<?> o && o.isEmpty();
    }

    private static String describe(Object outcome) {
        if (outcome instanceof Throwable t) {
            return "threw " + t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        String text = String.valueOf(outcome);
        return "returned " + (text.length() > 120 ? text.substring(0, 120) + "…" : text);
    }
}
