use super::*;
use crate::core::store::ImportSummary;

fn summary(added: usize, updated: usize, unchanged: usize, left: usize) -> ImportSummary {
    ImportSummary {
        added,
        updated,
        unchanged,
        left,
    }
}

async fn import(f: &Fixture, kind: Kind, records: &[PersonRecord], minute: i64) -> ImportSummary {
    let mut tx = f.tx().await;
    let s = tx
        .import_people(SchoolId(1), kind, records, at(minute))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    s
}

fn names(people: &[crate::core::people::Person]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

async fn imports_count_additions_updates_leavers_and_rejoiners(engine: Engine) {
    let f = Fixture::on(engine).await;
    let a = rec("S1", "Ann", &[Role::Staff, Role::Dsl]);
    let b = rec("S2", "Ben", &[Role::Staff]);
    let c = rec("S3", "Cat", &[Role::Staff]);
    let d = rec("S4", "Dan", &[Role::Headteacher]);
    assert_eq!(
        import(&f, Kind::Staff, &[a.clone(), b.clone(), c.clone()], 0).await,
        summary(3, 0, 0, 0)
    );

    let mut a2 = a.clone();
    a2.name = "Ann Smith".into();
    assert_eq!(
        import(&f, Kind::Staff, &[a2.clone(), b.clone(), d.clone()], 1).await,
        summary(1, 1, 1, 1)
    );

    let mut tx = f.tx().await;
    assert_eq!(
        names(&tx.people(SchoolId(1)).await.unwrap()),
        ["Ann Smith", "Ben", "Dan"]
    );
    let cat = tx
        .person_by_external_id(SchoolId(1), "S3")
        .await
        .unwrap()
        .unwrap();
    assert!(!cat.active, "a leaver is kept, inactive");
    drop(tx);

    // Cat comes back: one update (reactivation), the rest unchanged, nobody leaves.
    assert_eq!(
        import(&f, Kind::Staff, &[a2, b, c, d], 2).await,
        summary(0, 1, 3, 0)
    );
    let mut tx = f.tx().await;
    let cat = tx.person(cat.id).await.unwrap().unwrap();
    assert!(cat.active);
    assert_eq!(tx.people(SchoolId(1)).await.unwrap().len(), 4);
}

async fn an_import_of_one_kind_leaves_the_other_kind_alone(engine: Engine) {
    let f = Fixture::on(engine).await;
    import(&f, Kind::Staff, &[rec("S1", "Ann", &[Role::Staff])], 0).await;
    let s = import(&f, Kind::Parents, &[parent("P1", "Pat")], 1).await;
    assert_eq!(s, summary(1, 0, 0, 0));
    assert_eq!(import(&f, Kind::Parents, &[], 2).await, summary(0, 0, 0, 1));
    let mut tx = f.tx().await;
    assert_eq!(names(&tx.people(SchoolId(1)).await.unwrap()), ["Ann"]);
}

async fn an_external_id_of_the_other_kind_is_refused(engine: Engine) {
    let f = Fixture::on(engine).await;
    import(&f, Kind::Staff, &[rec("X1", "Ann", &[Role::Staff])], 0).await;
    let mut tx = f.tx().await;
    let err = tx
        .import_people(SchoolId(1), Kind::Parents, &[parent("X1", "Pat")], at(1))
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("already belongs to a staff record"),
        "{err}"
    );
}

async fn roles_groups_and_language_round_trip(engine: Engine) {
    let f = Fixture::on(engine).await;
    let mut p = parent("P1", "Pat");
    p.groups = vec![
        "Year 3".into(),
        " Reception Oak ".into(),
        "Year 3".into(),
        "".into(),
    ];
    p.lang = Lang::Pl;
    let staff = [
        rec("S1", "Ann", &[Role::Staff, Role::Dsl]),
        rec("S2", "Ben", &[Role::DeputyDsl]),
        rec("S3", "Cat", &[Role::Staff]),
    ];
    import(&f, Kind::Staff, &staff, 0).await;
    import(&f, Kind::Parents, &[p.clone()], 0).await;

    let mut tx = f.tx().await;
    let pat = tx
        .person_by_external_id(SchoolId(1), "P1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(pat.groups, ["Reception Oak", "Year 3"]);
    assert_eq!(pat.lang, Lang::Pl);
    assert!(pat.has(Role::Parent) && !pat.has(Role::Staff));
    let dsls = tx
        .people_with_roles(SchoolId(1), &[Role::Dsl, Role::DeputyDsl])
        .await
        .unwrap();
    assert_eq!(names(&dsls), ["Ann", "Ben"]);
    drop(tx);

    // Re-importing the same data changes nothing.
    assert_eq!(
        import(&f, Kind::Parents, &[p], 1).await,
        summary(0, 0, 1, 0)
    );
}

async fn a_language_the_person_chose_survives_imports(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    let mut tx = f.tx().await;
    tx.set_lang(ids[0], Lang::Cy).await.unwrap();
    tx.commit().await.unwrap();

    // The file still says en-GB: that is not a change, and the choice stays.
    assert_eq!(
        import(&f, Kind::Parents, &[parent("P1", "Pat")], 1).await,
        summary(0, 0, 1, 0)
    );
    let mut tx = f.tx().await;
    assert_eq!(tx.person(ids[0]).await.unwrap().unwrap().lang, Lang::Cy);
}

async fn leavers_are_not_found_by_account_or_role(engine: Engine) {
    let f = Fixture::on(engine).await;
    import(&f, Kind::Staff, &[rec("S1", "Ann", &[Role::Dsl])], 0).await;
    let mut tx = f.tx().await;
    let ann = tx
        .person_by_external_id(SchoolId(1), "S1")
        .await
        .unwrap()
        .unwrap();
    tx.commit().await.unwrap();
    f.link(ann.id, &tg("100"), 0).await;

    let mut tx = f.tx().await;
    assert_eq!(
        tx.person_by_account(&tg("100")).await.unwrap().unwrap().id,
        ann.id
    );
    tx.commit().await.unwrap();

    import(&f, Kind::Staff, &[], 1).await;
    let mut tx = f.tx().await;
    assert!(tx.person_by_account(&tg("100")).await.unwrap().is_none());
    assert!(tx
        .people_with_roles(SchoolId(1), &[Role::Dsl])
        .await
        .unwrap()
        .is_empty());
    assert!(
        tx.person(ann.id).await.unwrap().is_some(),
        "kept for the record"
    );
}

both_engines!(
    imports_count_additions_updates_leavers_and_rejoiners,
    an_import_of_one_kind_leaves_the_other_kind_alone,
    an_external_id_of_the_other_kind_is_refused,
    roles_groups_and_language_round_trip,
    a_language_the_person_chose_survives_imports,
    leavers_are_not_found_by_account_or_role,
);
