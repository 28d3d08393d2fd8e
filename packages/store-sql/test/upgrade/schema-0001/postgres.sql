--
-- PostgreSQL database dump
--



-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pctnxh_fixture; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA pctnxh_fixture;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: pctnxh_activity; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_activity (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    model_id text COLLATE pg_catalog."C",
    group_id text COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    date text NOT NULL COLLATE pg_catalog."C",
    activity_type text NOT NULL COLLATE pg_catalog."C",
    audience text NOT NULL COLLATE pg_catalog."C",
    sessions integer NOT NULL,
    participant_contacts integer NOT NULL,
    outputs integer,
    cost bigint
);


--
-- Name: pctnxh_aggregate_value; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_aggregate_value (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    data_element text NOT NULL COLLATE pg_catalog."C",
    period text NOT NULL COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    value double precision NOT NULL,
    value_source text NOT NULL COLLATE pg_catalog."C",
    disaggregation text NOT NULL COLLATE pg_catalog."C",
    disaggregation_keys text NOT NULL COLLATE pg_catalog."C",
    start_plain text COLLATE pg_catalog."C",
    end_plain text COLLATE pg_catalog."C",
    start_administrative text COLLATE pg_catalog."C",
    end_administrative text COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_audit_entry; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_audit_entry (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_budget; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_budget (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    year integer NOT NULL,
    model_id text COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    funding_source text NOT NULL COLLATE pg_catalog."C",
    amount bigint NOT NULL,
    start_plain text COLLATE pg_catalog."C",
    end_plain text COLLATE pg_catalog."C",
    start_administrative text COLLATE pg_catalog."C",
    end_administrative text COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_consent; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_consent (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    person_id text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_cost_norm; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_cost_norm (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_disclosure_release; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_disclosure_release (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_establishment; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_establishment (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    establishment_type text NOT NULL COLLATE pg_catalog."C",
    at_risk text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_expenditure; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_expenditure (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    model_id text COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    date text NOT NULL COLLATE pg_catalog."C",
    category text NOT NULL COLLATE pg_catalog."C",
    funding_source text NOT NULL COLLATE pg_catalog."C",
    amount bigint NOT NULL,
    beneficiaries integer
);


--
-- Name: pctnxh_group; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_group (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    model_id text COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    date text NOT NULL COLLATE pg_catalog."C",
    group_kind text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_incident; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_incident (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_inspection_round; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_inspection_round (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_inspection_visit; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_inspection_visit (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    round_id text NOT NULL COLLATE pg_catalog."C",
    establishment_id text NOT NULL COLLATE pg_catalog."C",
    establishment_type text NOT NULL COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    date text NOT NULL COLLATE pg_catalog."C",
    outcome text NOT NULL COLLATE pg_catalog."C",
    fine bigint
);


--
-- Name: pctnxh_migrations; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_migrations (
    name text NOT NULL COLLATE pg_catalog."C",
    applied_at text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_model; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_model (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    type text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_organisation; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_organisation (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_period; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_period (
    calendar text NOT NULL COLLATE pg_catalog."C",
    grain text NOT NULL COLLATE pg_catalog."C",
    id text NOT NULL COLLATE pg_catalog."C",
    start_date text NOT NULL COLLATE pg_catalog."C",
    end_date text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_person; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_person (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_person_link; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_person_link (
    kind text NOT NULL COLLATE pg_catalog."C",
    record_id text NOT NULL COLLATE pg_catalog."C",
    person_id text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_population_estimate; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_population_estimate (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_programme; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_programme (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_service_event; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_service_event (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C",
    person_id text COLLATE pg_catalog."C",
    model_id text NOT NULL COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    date text NOT NULL COLLATE pg_catalog."C",
    service text NOT NULL COLLATE pg_catalog."C",
    channel text NOT NULL COLLATE pg_catalog."C",
    referral_outcome text COLLATE pg_catalog."C",
    sex text NOT NULL COLLATE pg_catalog."C",
    age_band text NOT NULL COLLATE pg_catalog."C",
    residence text NOT NULL COLLATE pg_catalog."C",
    population text NOT NULL COLLATE pg_catalog."C",
    cost bigint,
    amount bigint
);


--
-- Name: pctnxh_target; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_target (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_unit; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_unit (
    unit_id text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_unit_rollup; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_unit_rollup (
    geography text NOT NULL COLLATE pg_catalog."C",
    level text NOT NULL COLLATE pg_catalog."C",
    as_of text NOT NULL COLLATE pg_catalog."C",
    unit_id text NOT NULL COLLATE pg_catalog."C",
    ancestor_id text COLLATE pg_catalog."C"
);


--
-- Name: pctnxh_vault_entry; Type: TABLE; Schema: pctnxh_fixture; Owner: -
--

CREATE TABLE pctnxh_fixture.pctnxh_vault_entry (
    id text NOT NULL COLLATE pg_catalog."C",
    data text NOT NULL COLLATE pg_catalog."C"
);


--
-- Data for Name: pctnxh_activity; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a0', '{"id":"a0","type":"workshop","audience":"providers","groupId":"g1","unitId":"11461@pre2025","date":"2021-06-22","sessions":2,"participantContacts":56,"outputs":309,"cost":800000}', NULL, 'g1', '11461@pre2025', '2021-06-22', 'workshop', 'providers', 2, 56, 309, 800000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a1', '{"id":"a1","type":"communication_session","audience":"teachers","groupId":"g1","unitId":"11455@pre2025","date":"2025-02-06","sessions":3,"participantContacts":1,"cost":400000}', NULL, 'g1', '11455@pre2025', '2025-02-06', 'communication_session', 'teachers', 3, 1, NULL, 400000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a11', '{"id":"a11","type":"dialogue","audience":"providers","groupId":"g2","unitId":"06649@pre2025","date":"2026-12-21","sessions":7,"participantContacts":1,"outputs":371,"cost":300000}', NULL, 'g2', '06649@pre2025', '2026-12-21', 'dialogue', 'providers', 7, 1, 371, 300000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a12', '{"id":"a12","type":"vocational_course","audience":"sex_workers","modelId":"m-missing","groupId":"g1","unitId":"11458@pre2025","date":"2019-03-15","sessions":4,"participantContacts":1,"outputs":204,"cost":4900000}', 'm-missing', 'g1', '11458@pre2025', '2019-03-15', 'vocational_course', 'sex_workers', 4, 1, 204, 4900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a13', '{"id":"a13","type":"vocational_course","audience":"mixed","modelId":"m1","groupId":"g3","unitId":"10510@pre2025","date":"2023-12-13","sessions":2,"participantContacts":60,"outputs":460,"cost":900000}', 'm1', 'g3', '10510@pre2025', '2023-12-13', 'vocational_course', 'mixed', 2, 60, 460, 900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a1361', '{"id":"a1361","type":"media","audience":"residents","modelId":"m1","groupId":"g3","unitId":"10525@2025","date":"2018-12-14","sessions":5,"participantContacts":2,"outputs":208,"cost":4400000}', 'm1', 'g3', '10525@2025', '2018-12-14', 'media', 'residents', 5, 2, 208, 4400000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a1426', '{"id":"a1426","type":"other","audience":"sex_workers","modelId":"m3","groupId":"g1","unitId":"11461@pre2025","date":"2026-06-26","sessions":3,"participantContacts":45,"outputs":356,"cost":2700000}', 'm3', 'g1', '11461@pre2025', '2026-06-26', 'other', 'sex_workers', 3, 45, 356, 2700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a1515', '{"id":"a1515","type":"health_check_day","audience":"establishment_workers","modelId":"m1","groupId":"g3","unitId":"11458@pre2025","date":"2022-11-25","sessions":1,"participantContacts":43,"outputs":207,"cost":2900000}', 'm1', 'g3', '11458@pre2025', '2022-11-25', 'health_check_day', 'establishment_workers', 1, 43, 207, 2900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a170', '{"id":"a170","type":"health_check_day","audience":"establishment_workers","modelId":"m2","groupId":"g3","unitId":"11455@pre2025","date":"2025-04-23","sessions":6,"participantContacts":10,"outputs":359}', 'm2', 'g3', '11455@pre2025', '2025-04-23', 'health_check_day', 'establishment_workers', 6, 10, 359, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a2', '{"id":"a2","type":"dialogue","audience":"officials","unitId":"10510@pre2025","date":"2019-12-15","sessions":1,"participantContacts":22,"outputs":106}', NULL, NULL, '10510@pre2025', '2019-12-15', 'dialogue', 'officials', 1, 22, 106, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a2107', '{"id":"a2107","type":"media","audience":"residents","modelId":"m2","unitId":"10525@2025","date":"2019-03-14","sessions":4,"participantContacts":58,"cost":500000}', 'm2', NULL, '10525@2025', '2019-03-14', 'media', 'residents', 4, 58, NULL, 500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a2221', '{"id":"a2221","type":"workshop","audience":"sex_workers","modelId":"m2","groupId":"g1","unitId":"10510@pre2025","date":"2025-04-16","sessions":2,"participantContacts":15,"outputs":286,"cost":3100000}', 'm2', 'g1', '10510@pre2025', '2025-04-16', 'workshop', 'sex_workers', 2, 15, 286, 3100000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a2622', '{"id":"a2622","type":"communication_session","audience":"residents","modelId":"m3","groupId":"g2","unitId":"30736@pre2025","date":"2019-06-15","sessions":2,"participantContacts":50,"outputs":24,"cost":2700000}', 'm3', 'g2', '30736@pre2025', '2019-06-15', 'communication_session', 'residents', 2, 50, 24, 2700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a2947', '{"id":"a2947","type":"job_fair","audience":"establishment_owners","groupId":"g1","unitId":"30292@2025","date":"2019-10-01","sessions":5,"participantContacts":25,"outputs":274,"cost":1900000}', NULL, 'g1', '30292@2025', '2019-10-01', 'job_fair', 'establishment_owners', 5, 25, 274, 1900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a3', '{"id":"a3","type":"legal_session","audience":"mixed","groupId":"g2","unitId":"11461@pre2025","date":"2020-02-29","sessions":5,"participantContacts":41,"outputs":245,"cost":500000}', NULL, 'g2', '11461@pre2025', '2020-02-29', 'legal_session', 'mixed', 5, 41, 245, 500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a3049', '{"id":"a3049","type":"communication_session","audience":"core_members","unitId":"10507@pre2025","date":"2025-07-01","sessions":7,"participantContacts":25,"cost":1700000}', NULL, NULL, '10507@pre2025', '2025-07-01', 'communication_session', 'core_members', 7, 25, NULL, 1700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a3074', '{"id":"a3074","type":"job_fair","audience":"sex_workers","modelId":"m2","groupId":"g3","unitId":"10510@pre2025","date":"2022-11-29","sessions":8,"participantContacts":20,"outputs":194,"cost":3600000}', 'm2', 'g3', '10510@pre2025', '2022-11-29', 'job_fair', 'sex_workers', 8, 20, 194, 3600000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a3451', '{"id":"a3451","type":"workshop","audience":"mixed","groupId":"g1","unitId":"30292@2025","date":"2021-06-06","sessions":7,"participantContacts":41,"outputs":434,"cost":1400000}', NULL, 'g1', '30292@2025', '2021-06-06', 'workshop', 'mixed', 7, 41, 434, 1400000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a3563', '{"id":"a3563","type":"training","audience":"residents","modelId":"m2","groupId":"g3","unitId":"30736@pre2025","date":"2021-02-28","sessions":5,"participantContacts":2,"cost":3700000}', 'm2', 'g3', '30736@pre2025', '2021-02-28', 'training', 'residents', 5, 2, NULL, 3700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a3777', '{"id":"a3777","type":"job_fair","audience":"establishment_workers","modelId":"m-missing","unitId":"30733@pre2025","date":"2026-02-12","sessions":2,"participantContacts":55,"outputs":435}', 'm-missing', NULL, '30733@pre2025', '2026-02-12', 'job_fair', 'establishment_workers', 2, 55, 435, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a379', '{"id":"a379","type":"training","audience":"teachers","modelId":"m3","groupId":"g1","unitId":"30733@pre2025","date":"2019-09-15","sessions":3,"participantContacts":50,"outputs":499,"cost":3400000}', 'm3', 'g1', '30733@pre2025', '2019-09-15', 'training', 'teachers', 3, 50, 499, 3400000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a4', '{"id":"a4","type":"training","audience":"inspection_team","modelId":"m-missing","groupId":"g3","unitId":"11455@pre2025","date":"2019-09-15","sessions":1,"participantContacts":50,"outputs":2,"cost":200000}', 'm-missing', 'g3', '11455@pre2025', '2019-09-15', 'training', 'inspection_team', 1, 50, 2, 200000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a4170', '{"id":"a4170","type":"media","audience":"sex_workers","modelId":"m2","unitId":"11458@pre2025","date":"2019-08-17","sessions":8,"participantContacts":57,"outputs":443,"cost":1000000}', 'm2', NULL, '11458@pre2025', '2019-08-17', 'media', 'sex_workers', 8, 57, 443, 1000000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a4439', '{"id":"a4439","type":"vocational_course","audience":"teachers","modelId":"m1","groupId":"g3","unitId":"30292@2025","date":"2019-12-15","sessions":7,"participantContacts":50,"outputs":20,"cost":2400000}', 'm1', 'g3', '30292@2025', '2019-12-15', 'vocational_course', 'teachers', 7, 50, 20, 2400000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a4467', '{"id":"a4467","type":"dialogue","audience":"officials","modelId":"m1","groupId":"g2","unitId":"10507@2025","date":"2024-02-25","sessions":6,"participantContacts":13,"outputs":322,"cost":700000}', 'm1', 'g2', '10507@2025', '2024-02-25', 'dialogue', 'officials', 6, 13, 322, 700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a4911', '{"id":"a4911","type":"workshop","audience":"establishment_workers","modelId":"m1","groupId":"g2","unitId":"06649@pre2025","date":"2021-12-10","sessions":1,"participantContacts":26,"outputs":469}', 'm1', 'g2', '06649@pre2025', '2021-12-10', 'workshop', 'establishment_workers', 1, 26, 469, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a4934', '{"id":"a4934","type":"media","audience":"sex_workers","modelId":"m1","unitId":"11455@pre2025","date":"2019-09-15","sessions":6,"participantContacts":5,"outputs":418,"cost":5000000}', 'm1', NULL, '11455@pre2025', '2019-09-15', 'media', 'sex_workers', 6, 5, 418, 5000000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a4974', '{"id":"a4974","type":"legal_session","audience":"sex_workers","groupId":"g2","unitId":"30301@2025","date":"2020-01-08","sessions":2,"participantContacts":0,"outputs":495,"cost":300000}', NULL, 'g2', '30301@2025', '2020-01-08', 'legal_session', 'sex_workers', 2, 0, 495, 300000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a5', '{"id":"a5","type":"job_fair","audience":"inspection_team","modelId":"m-missing","groupId":"g1","unitId":"11455@pre2025","date":"2025-06-30","sessions":7,"participantContacts":1,"outputs":0,"cost":4600000}', 'm-missing', 'g1', '11455@pre2025', '2025-06-30', 'job_fair', 'inspection_team', 7, 1, 0, 4600000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a5041', '{"id":"a5041","type":"communication_session","audience":"core_members","modelId":"m2","groupId":"g3","unitId":"11458@pre2025","date":"2019-09-14","sessions":8,"participantContacts":2,"outputs":155,"cost":1500000}', 'm2', 'g3', '11458@pre2025', '2019-09-14', 'communication_session', 'core_members', 8, 2, 155, 1500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a513', '{"id":"a513","type":"vocational_course","audience":"residents","modelId":"m1","groupId":"g2","unitId":"30301@2025","date":"2020-10-25","sessions":1,"participantContacts":56,"outputs":57,"cost":4600000}', 'm1', 'g2', '30301@2025', '2020-10-25', 'vocational_course', 'residents', 1, 56, 57, 4600000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a5220', '{"id":"a5220","type":"vocational_course","audience":"teachers","modelId":"m2","groupId":"g3","unitId":"10510@pre2025","date":"2018-12-15","sessions":5,"participantContacts":56,"outputs":94,"cost":1900000}', 'm2', 'g3', '10510@pre2025', '2018-12-15', 'vocational_course', 'teachers', 5, 56, 94, 1900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a5377', '{"id":"a5377","type":"group_session","audience":"core_members","modelId":"m-missing","unitId":"06649@pre2025","date":"2022-11-03","sessions":5,"participantContacts":1,"outputs":341,"cost":3500000}', 'm-missing', NULL, '06649@pre2025', '2022-11-03', 'group_session', 'core_members', 5, 1, 341, 3500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a5765', '{"id":"a5765","type":"media","audience":"police","modelId":"m1","unitId":"30736@pre2025","date":"2019-06-15","sessions":7,"participantContacts":58,"outputs":81,"cost":2000000}', 'm1', NULL, '30736@pre2025', '2019-06-15', 'media', 'police', 7, 58, 81, 2000000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a5923', '{"id":"a5923","type":"legal_session","audience":"residents","modelId":"m-missing","groupId":"g2","unitId":"10507@pre2025","date":"2019-12-14","sessions":2,"participantContacts":0,"outputs":264,"cost":2700000}', 'm-missing', 'g2', '10507@pre2025', '2019-12-14', 'legal_session', 'residents', 2, 0, 264, 2700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a5987', '{"id":"a5987","type":"job_fair","audience":"establishment_owners","groupId":"g1","unitId":"10507@2025","date":"2019-03-18","sessions":7,"participantContacts":19,"cost":4800000}', NULL, 'g1', '10507@2025', '2019-03-18', 'job_fair', 'establishment_owners', 7, 19, NULL, 4800000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6', '{"id":"a6","type":"job_fair","audience":"core_members","modelId":"m3","groupId":"g3","unitId":"30292@2025","date":"2026-07-03","sessions":1,"participantContacts":44,"cost":500000}', 'm3', 'g3', '30292@2025', '2026-07-03', 'job_fair', 'core_members', 1, 44, NULL, 500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6528', '{"id":"a6528","type":"legal_session","audience":"teachers","modelId":"m1","groupId":"g1","unitId":"30292@2025","date":"2019-06-14","sessions":4,"participantContacts":16,"outputs":260,"cost":1100000}', 'm1', 'g1', '30292@2025', '2019-06-14', 'legal_session', 'teachers', 4, 16, 260, 1100000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6606', '{"id":"a6606","type":"vocational_course","audience":"teachers","groupId":"g1","unitId":"11461@pre2025","date":"2025-06-30","sessions":1,"participantContacts":59,"outputs":8,"cost":100000}', NULL, 'g1', '11461@pre2025', '2025-06-30', 'vocational_course', 'teachers', 1, 59, 8, 100000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6616', '{"id":"a6616","type":"legal_session","audience":"sex_workers","modelId":"m-missing","groupId":"g1","unitId":"06652@pre2025","date":"2019-03-14","sessions":1,"participantContacts":5,"outputs":53,"cost":2400000}', 'm-missing', 'g1', '06652@pre2025', '2019-03-14', 'legal_session', 'sex_workers', 1, 5, 53, 2400000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6712', '{"id":"a6712","type":"training","audience":"police","modelId":"m3","groupId":"g1","unitId":"06649@pre2025","date":"2021-10-25","sessions":3,"participantContacts":0,"outputs":50,"cost":1800000}', 'm3', 'g1', '06649@pre2025', '2021-10-25', 'training', 'police', 3, 0, 50, 1800000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6721', '{"id":"a6721","type":"media","audience":"police","groupId":"g3","unitId":"11455@pre2025","date":"2019-12-31","sessions":4,"participantContacts":31,"outputs":167,"cost":1500000}', NULL, 'g3', '11455@pre2025', '2019-12-31', 'media', 'police', 4, 31, 167, 1500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6728', '{"id":"a6728","type":"media","audience":"providers","modelId":"m2","unitId":"10507@pre2025","date":"2024-01-29","sessions":2,"participantContacts":49,"outputs":278}', 'm2', NULL, '10507@pre2025', '2024-01-29', 'media', 'providers', 2, 49, 278, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6863', '{"id":"a6863","type":"vocational_course","audience":"residents","modelId":"m1","groupId":"g1","unitId":"10507@2025","date":"2019-09-14","sessions":2,"participantContacts":0,"cost":2600000}', 'm1', 'g1', '10507@2025', '2019-09-14', 'vocational_course', 'residents', 2, 0, NULL, 2600000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a6918', '{"id":"a6918","type":"media","audience":"teachers","modelId":"m3","groupId":"g1","unitId":"30292@2025","date":"2025-07-01","sessions":2,"participantContacts":22,"outputs":313,"cost":900000}', 'm3', 'g1', '30292@2025', '2025-07-01', 'media', 'teachers', 2, 22, 313, 900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a693', '{"id":"a693","type":"health_check_day","audience":"residents","modelId":"m2","groupId":"g1","unitId":"30292@2025","date":"2018-01-01","sessions":1,"participantContacts":0,"outputs":242,"cost":4900000}', 'm2', 'g1', '30292@2025', '2018-01-01', 'health_check_day', 'residents', 1, 0, 242, 4900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7', '{"id":"a7","type":"other","audience":"inspection_team","unitId":"10507@pre2025","date":"2021-05-09","sessions":3,"participantContacts":54,"outputs":495,"cost":2000000}', NULL, NULL, '10507@pre2025', '2021-05-09', 'other', 'inspection_team', 3, 54, 495, 2000000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7199', '{"id":"a7199","type":"communication_session","audience":"establishment_owners","modelId":"m1","groupId":"g1","unitId":"10525@2025","date":"2019-10-15","sessions":1,"participantContacts":46,"cost":2600000}', 'm1', 'g1', '10525@2025', '2019-10-15', 'communication_session', 'establishment_owners', 1, 46, NULL, 2600000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a729', '{"id":"a729","type":"other","audience":"core_members","modelId":"m2","groupId":"g1","unitId":"10507@pre2025","date":"2019-06-14","sessions":8,"participantContacts":5,"outputs":128,"cost":500000}', 'm2', 'g1', '10507@pre2025', '2019-06-14', 'other', 'core_members', 8, 5, 128, 500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7300', '{"id":"a7300","type":"group_session","audience":"core_members","modelId":"m3","groupId":"g3","unitId":"11458@pre2025","date":"2018-12-14","sessions":7,"participantContacts":15,"cost":4700000}', 'm3', 'g3', '11458@pre2025', '2018-12-14', 'group_session', 'core_members', 7, 15, NULL, 4700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7326', '{"id":"a7326","type":"job_fair","audience":"establishment_workers","modelId":"m1","groupId":"g3","unitId":"06649@pre2025","date":"2019-06-21","sessions":2,"participantContacts":55,"outputs":341,"cost":1700000}', 'm1', 'g3', '06649@pre2025', '2019-06-21', 'job_fair', 'establishment_workers', 2, 55, 341, 1700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7375', '{"id":"a7375","type":"media","audience":"inspection_team","modelId":"m-missing","groupId":"g1","unitId":"06652@pre2025","date":"2025-06-30","sessions":5,"participantContacts":28,"outputs":385}', 'm-missing', 'g1', '06652@pre2025', '2025-06-30', 'media', 'inspection_team', 5, 28, 385, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7408', '{"id":"a7408","type":"communication_session","audience":"residents","modelId":"m2","unitId":"06652@pre2025","date":"2019-03-14","sessions":3,"participantContacts":1,"cost":2200000}', 'm2', NULL, '06652@pre2025', '2019-03-14', 'communication_session', 'residents', 3, 1, NULL, 2200000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7491', '{"id":"a7491","type":"legal_session","audience":"core_members","modelId":"m2","groupId":"g2","unitId":"06649@pre2025","date":"2020-05-31","sessions":3,"participantContacts":53,"outputs":128,"cost":3300000}', 'm2', 'g2', '06649@pre2025', '2020-05-31', 'legal_session', 'core_members', 3, 53, 128, 3300000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7805', '{"id":"a7805","type":"legal_session","audience":"core_members","modelId":"m1","groupId":"g1","unitId":"10510@pre2025","date":"2025-03-18","sessions":6,"participantContacts":54,"outputs":399,"cost":4200000}', 'm1', 'g1', '10510@pre2025', '2025-03-18', 'legal_session', 'core_members', 6, 54, 399, 4200000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a7925', '{"id":"a7925","type":"communication_session","audience":"core_members","modelId":"m1","groupId":"g3","unitId":"10510@pre2025","date":"2021-03-06","sessions":8,"participantContacts":48,"outputs":162,"cost":3600000}', 'm1', 'g3', '10510@pre2025', '2021-03-06', 'communication_session', 'core_members', 8, 48, 162, 3600000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a8', '{"id":"a8","type":"group_session","audience":"teachers","modelId":"m1","groupId":"g2","unitId":"10510@pre2025","date":"2026-12-30","sessions":1,"participantContacts":60,"outputs":3,"cost":200000}', 'm1', 'g2', '10510@pre2025', '2026-12-30', 'group_session', 'teachers', 1, 60, 3, 200000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a8166', '{"id":"a8166","type":"group_session","audience":"teachers","modelId":"m-missing","groupId":"g1","unitId":"11455@pre2025","date":"2019-01-01","sessions":2,"participantContacts":35,"outputs":444,"cost":4200000}', 'm-missing', 'g1', '11455@pre2025', '2019-01-01', 'group_session', 'teachers', 2, 35, 444, 4200000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a8712', '{"id":"a8712","type":"legal_session","audience":"officials","modelId":"m3","unitId":"10507@2025","date":"2021-10-10","sessions":5,"participantContacts":45,"outputs":92,"cost":4900000}', 'm3', NULL, '10507@2025', '2021-10-10', 'legal_session', 'officials', 5, 45, 92, 4900000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a8722', '{"id":"a8722","type":"dialogue","audience":"establishment_owners","modelId":"m-missing","groupId":"g3","unitId":"30736@pre2025","date":"2018-09-13","sessions":8,"participantContacts":3,"outputs":358,"cost":1700000}', 'm-missing', 'g3', '30736@pre2025', '2018-09-13', 'dialogue', 'establishment_owners', 8, 3, 358, 1700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a8911', '{"id":"a8911","type":"media","audience":"teachers","modelId":"m2","groupId":"g1","unitId":"30292@2025","date":"2019-03-15","sessions":3,"participantContacts":29,"outputs":383,"cost":2300000}', 'm2', 'g1', '30292@2025', '2019-03-15', 'media', 'teachers', 3, 29, 383, 2300000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9', '{"id":"a9","type":"vocational_course","audience":"core_members","modelId":"m3","groupId":"g1","unitId":"11455@pre2025","date":"2026-12-25","sessions":3,"participantContacts":1,"cost":4000000}', 'm3', 'g1', '11455@pre2025', '2026-12-25', 'vocational_course', 'core_members', 3, 1, NULL, 4000000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9331', '{"id":"a9331","type":"dialogue","audience":"officials","modelId":"m-missing","groupId":"g3","unitId":"30301@2025","date":"2019-01-01","sessions":2,"participantContacts":50,"outputs":270,"cost":3500000}', 'm-missing', 'g3', '30301@2025', '2019-01-01', 'dialogue', 'officials', 2, 50, 270, 3500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a936', '{"id":"a936","type":"vocational_course","audience":"teachers","modelId":"m3","groupId":"g3","unitId":"11458@pre2025","date":"2019-12-15","sessions":1,"participantContacts":3,"outputs":426,"cost":2100000}', 'm3', 'g3', '11458@pre2025', '2019-12-15', 'vocational_course', 'teachers', 1, 3, 426, 2100000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a973', '{"id":"a973","type":"dialogue","audience":"providers","modelId":"m1","groupId":"g2","unitId":"30301@2025","date":"2026-12-23","sessions":5,"participantContacts":24,"outputs":495,"cost":1100000}', 'm1', 'g2', '30301@2025', '2026-12-23', 'dialogue', 'providers', 5, 24, 495, 1100000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9826', '{"id":"a9826","type":"media","audience":"teachers","groupId":"g3","unitId":"11455@pre2025","date":"2018-12-15","sessions":7,"participantContacts":51,"outputs":430,"cost":1800000}', NULL, 'g3', '11455@pre2025', '2018-12-15', 'media', 'teachers', 7, 51, 430, 1800000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9852', '{"id":"a9852","type":"other","audience":"officials","modelId":"m3","groupId":"g2","unitId":"10525@2025","date":"2022-03-26","sessions":5,"participantContacts":56,"outputs":493,"cost":4500000}', 'm3', 'g2', '10525@2025', '2022-03-26', 'other', 'officials', 5, 56, 493, 4500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9988', '{"id":"a9988","type":"media","audience":"mixed","groupId":"g1","unitId":"30301@2025","date":"2025-01-18","sessions":7,"participantContacts":4,"outputs":117}', NULL, 'g1', '30301@2025', '2025-01-18', 'media', 'mixed', 7, 4, 117, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9989', '{"id":"a9989","type":"vocational_course","audience":"core_members","modelId":"m-missing","groupId":"g1","unitId":"30736@pre2025","date":"2019-09-14","sessions":1,"participantContacts":4,"outputs":494,"cost":2300000}', 'm-missing', 'g1', '30736@pre2025', '2019-09-14', 'vocational_course', 'core_members', 1, 4, 494, 2300000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9993', '{"id":"a9993","type":"legal_session","audience":"police","modelId":"m3","unitId":"06652@pre2025","date":"2020-05-15","sessions":2,"participantContacts":0,"outputs":30}', 'm3', NULL, '06652@pre2025', '2020-05-15', 'legal_session', 'police', 2, 0, 30, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9994', '{"id":"a9994","type":"communication_session","audience":"providers","modelId":"m1","groupId":"g1","unitId":"30292@2025","date":"2026-12-23","sessions":2,"participantContacts":2,"outputs":5,"cost":3500000}', 'm1', 'g1', '30292@2025', '2026-12-23', 'communication_session', 'providers', 2, 2, 5, 3500000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9995', '{"id":"a9995","type":"dialogue","audience":"officials","modelId":"m3","groupId":"g1","unitId":"30301@2025","date":"2019-09-15","sessions":1,"participantContacts":53,"cost":3700000}', 'm3', 'g1', '30301@2025', '2019-09-15', 'dialogue', 'officials', 1, 53, NULL, 3700000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9997', '{"id":"a9997","type":"other","audience":"sex_workers","modelId":"m1","groupId":"g3","unitId":"30736@pre2025","date":"2025-07-01","sessions":1,"participantContacts":3}', 'm1', 'g3', '30736@pre2025', '2025-07-01', 'other', 'sex_workers', 1, 3, NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('a9998', '{"id":"a9998","type":"group_session","audience":"core_members","modelId":"m1","groupId":"g2","unitId":"10507@pre2025","date":"2019-02-04","sessions":2,"participantContacts":45,"outputs":8,"cost":200000}', 'm1', 'g2', '10507@pre2025', '2019-02-04', 'group_session', 'core_members', 2, 45, 8, 200000);
INSERT INTO pctnxh_fixture.pctnxh_activity VALUES ('act-1', '{"id":"act-1","type":"group_session","audience":"sex_workers","modelId":"model-1","groupId":"group-1","unitId":"11455@pre2025","date":"2019-07-01","sessions":1,"participantContacts":20,"attendeeIds":["pseudo-a"],"outputs":20,"cost":1500000}', 'model-1', 'group-1', '11455@pre2025', '2019-07-01', 'group_session', 'sex_workers', 1, 20, 20, 1500000);


--
-- Data for Name: pctnxh_aggregate_value; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av-1', '{"id":"av-1","dataElement":"POLICE_CASES","period":"2019","unitId":"11455@pre2025","disaggregation":{},"value":56,"source":"police","reference":"Báo cáo năm 2019"}', 'POLICE_CASES', '2019', '11455@pre2025', 56, 'police', '{}', '[]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av1', '{"id":"av1","dataElement":"POLICE_ARRESTS","period":"2019","unitId":"06652@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":8,"source":"province_report"}', 'POLICE_ARRESTS', '2019', '06652@pre2025', 8, 'province_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av1002', '{"id":"av1002","dataElement":"POLICE_ARRESTS","period":"2019M12","unitId":"06649@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":11,"source":"model_report"}', 'POLICE_ARRESTS', '2019M12', '06649@pre2025', 11, 'model_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av1068', '{"id":"av1068","dataElement":"POLICE_ARRESTS","period":"2019Q1","unitId":"10525@2025","disaggregation":{},"value":281,"source":"police"}', 'POLICE_ARRESTS', '2019Q1', '10525@2025', 281, 'police', '{}', '[]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av11', '{"id":"av11","dataElement":"POLICE_CASES","period":"2019","unitId":"30733@pre2025","disaggregation":{"sex":"male"},"value":61,"source":"province_report"}', 'POLICE_CASES', '2019', '30733@pre2025', 61, 'province_report', '{"sex":"male"}', '["sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av1273', '{"id":"av1273","dataElement":"SURVEY_CONDOM_USE","period":"2020S1","unitId":"30736@pre2025","disaggregation":{"sex":"male"},"value":179,"source":"other"}', 'SURVEY_CONDOM_USE', '2020S1', '30736@pre2025', 179, 'other', '{"sex":"male"}', '["sex"]', '2020-01-01', '2020-06-30', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av1358', '{"id":"av1358","dataElement":"SURVEY_CONDOM_USE","period":"2020","unitId":"10507@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":162,"source":"ngo_report"}', 'SURVEY_CONDOM_USE', '2020', '10507@pre2025', 162, 'ngo_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av1515', '{"id":"av1515","dataElement":"SURVEY_CONDOM_USE","period":"2019Q4","unitId":"11458@pre2025","disaggregation":{},"value":122,"source":"other"}', 'SURVEY_CONDOM_USE', '2019Q4', '11458@pre2025', 122, 'other', '{}', '[]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av1648', '{"id":"av1648","dataElement":"POLICE_CASES","period":"2019M12","unitId":"30301@2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":229,"source":"model_report"}', 'POLICE_CASES', '2019M12', '30301@2025', 229, 'model_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av2190', '{"id":"av2190","dataElement":"POLICE_ARRESTS","period":"2019","unitId":"11461@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":282,"source":"other"}', 'POLICE_ARRESTS', '2019', '11461@pre2025', 282, 'other', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av2208', '{"id":"av2208","dataElement":"POLICE_CASES","period":"2020S1","unitId":"10507@pre2025","disaggregation":{"sex":"female"},"value":2,"source":"province_report"}', 'POLICE_CASES', '2020S1', '10507@pre2025', 2, 'province_report', '{"sex":"female"}', '["sex"]', '2020-01-01', '2020-06-30', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av2931', '{"id":"av2931","dataElement":"POLICE_CASES","period":"2019M12","unitId":"10507@2025","disaggregation":{"sex":"female"},"value":28,"source":"other"}', 'POLICE_CASES', '2019M12', '10507@2025', 28, 'other', '{"sex":"female"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av2975', '{"id":"av2975","dataElement":"POLICE_ARRESTS","period":"2019Q4","unitId":"11455@pre2025","disaggregation":{"sex":"female"},"value":195,"source":"model_report"}', 'POLICE_ARRESTS', '2019Q4', '11455@pre2025', 195, 'model_report', '{"sex":"female"}', '["sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3109', '{"id":"av3109","dataElement":"POLICE_ARRESTS","period":"2019Q4","unitId":"30301@2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":133,"source":"ngo_report"}', 'POLICE_ARRESTS', '2019Q4', '30301@2025', 133, 'ngo_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3226', '{"id":"av3226","dataElement":"SURVEY_CONDOM_USE","period":"2019M12","unitId":"11455@pre2025","disaggregation":{"sex":"female"},"value":3,"source":"police"}', 'SURVEY_CONDOM_USE', '2019M12', '11455@pre2025', 3, 'police', '{"sex":"female"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3355', '{"id":"av3355","dataElement":"POLICE_CASES","period":"2019M12","unitId":"30736@pre2025","disaggregation":{},"value":71,"source":"province_report"}', 'POLICE_CASES', '2019M12', '30736@pre2025', 71, 'province_report', '{}', '[]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3412', '{"id":"av3412","dataElement":"POLICE_CASES","period":"2020","unitId":"10525@2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":60,"source":"survey"}', 'POLICE_CASES', '2020', '10525@2025', 60, 'survey', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3670', '{"id":"av3670","dataElement":"POLICE_ARRESTS","period":"2018/2020","unitId":"30292@2025","disaggregation":{},"value":294,"source":"province_report"}', 'POLICE_ARRESTS', '2018/2020', '30292@2025', 294, 'province_report', '{}', '[]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3698', '{"id":"av3698","dataElement":"POLICE_ARRESTS","period":"2019M12","unitId":"11458@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":70,"source":"police"}', 'POLICE_ARRESTS', '2019M12', '11458@pre2025', 70, 'police', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3728', '{"id":"av3728","dataElement":"POLICE_CASES","period":"2018/2020","unitId":"10510@pre2025","disaggregation":{},"value":195,"source":"other"}', 'POLICE_CASES', '2018/2020', '10510@pre2025', 195, 'other', '{}', '[]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3757', '{"id":"av3757","dataElement":"POLICE_CASES","period":"2020","unitId":"30733@pre2025","disaggregation":{"sex":"male"},"value":2,"source":"police"}', 'POLICE_CASES', '2020', '30733@pre2025', 2, 'police', '{"sex":"male"}', '["sex"]', '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3758', '{"id":"av3758","dataElement":"SURVEY_CONDOM_USE","period":"2019Q4","unitId":"10507@pre2025","disaggregation":{"sex":"male"},"value":266,"source":"survey"}', 'SURVEY_CONDOM_USE', '2019Q4', '10507@pre2025', 266, 'survey', '{"sex":"male"}', '["sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3787', '{"id":"av3787","dataElement":"SURVEY_CONDOM_USE","period":"2019Q4","unitId":"06652@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":4,"source":"police"}', 'SURVEY_CONDOM_USE', '2019Q4', '06652@pre2025', 4, 'police', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av3950', '{"id":"av3950","dataElement":"SURVEY_CONDOM_USE","period":"2018/2020","unitId":"30292@2025","disaggregation":{"sex":"female"},"value":15,"source":"province_report"}', 'SURVEY_CONDOM_USE', '2018/2020', '30292@2025', 15, 'province_report', '{"sex":"female"}', '["sex"]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av4081', '{"id":"av4081","dataElement":"SURVEY_CONDOM_USE","period":"2018/2020","unitId":"10525@2025","disaggregation":{},"value":19,"source":"province_report"}', 'SURVEY_CONDOM_USE', '2018/2020', '10525@2025', 19, 'province_report', '{}', '[]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av4156', '{"id":"av4156","dataElement":"SURVEY_CONDOM_USE","period":"2019M12","unitId":"10525@2025","disaggregation":{"sex":"female"},"value":51,"source":"survey"}', 'SURVEY_CONDOM_USE', '2019M12', '10525@2025', 51, 'survey', '{"sex":"female"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av4296', '{"id":"av4296","dataElement":"POLICE_CASES","period":"2018/2020","unitId":"11455@pre2025","disaggregation":{},"value":116,"source":"ngo_report"}', 'POLICE_CASES', '2018/2020', '11455@pre2025', 116, 'ngo_report', '{}', '[]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av4442', '{"id":"av4442","dataElement":"POLICE_ARRESTS","period":"2020","unitId":"30292@2025","disaggregation":{"sex":"male"},"value":6,"source":"province_report"}', 'POLICE_ARRESTS', '2020', '30292@2025', 6, 'province_report', '{"sex":"male"}', '["sex"]', '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av4647', '{"id":"av4647","dataElement":"POLICE_ARRESTS","period":"2018/2020","unitId":"10507@pre2025","disaggregation":{"sex":"male"},"value":199,"source":"ngo_report"}', 'POLICE_ARRESTS', '2018/2020', '10507@pre2025', 199, 'ngo_report', '{"sex":"male"}', '["sex"]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av504', '{"id":"av504","dataElement":"POLICE_CASES","period":"2019","unitId":"11455@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":5,"source":"ngo_report"}', 'POLICE_CASES', '2019', '11455@pre2025', 5, 'ngo_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av5167', '{"id":"av5167","dataElement":"POLICE_ARRESTS","period":"2018/2020","unitId":"10507@2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":122,"source":"province_report"}', 'POLICE_ARRESTS', '2018/2020', '10507@2025', 122, 'province_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av5370', '{"id":"av5370","dataElement":"POLICE_ARRESTS","period":"2019","unitId":"10510@pre2025","disaggregation":{"sex":"female"},"value":254,"source":"survey"}', 'POLICE_ARRESTS', '2019', '10510@pre2025', 254, 'survey', '{"sex":"female"}', '["sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av5768', '{"id":"av5768","dataElement":"POLICE_CASES","period":"2019Q4","unitId":"10510@pre2025","disaggregation":{"sex":"female"},"value":187,"source":"ngo_report"}', 'POLICE_CASES', '2019Q4', '10510@pre2025', 187, 'ngo_report', '{"sex":"female"}', '["sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av6', '{"id":"av6","dataElement":"POLICE_CASES","period":"2019M12","unitId":"06652@pre2025","disaggregation":{},"value":63,"source":"police"}', 'POLICE_CASES', '2019M12', '06652@pre2025', 63, 'police', '{}', '[]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av6124', '{"id":"av6124","dataElement":"POLICE_CASES","period":"2019Q1","unitId":"10507@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":76,"source":"province_report"}', 'POLICE_CASES', '2019Q1', '10507@pre2025', 76, 'province_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av6453', '{"id":"av6453","dataElement":"POLICE_CASES","period":"2020S1","unitId":"10510@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":214,"source":"police"}', 'POLICE_CASES', '2020S1', '10510@pre2025', 214, 'police', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2020-01-01', '2020-06-30', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av6510', '{"id":"av6510","dataElement":"POLICE_CASES","period":"2019Q4","unitId":"10510@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":94,"source":"police"}', 'POLICE_CASES', '2019Q4', '10510@pre2025', 94, 'police', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av6528', '{"id":"av6528","dataElement":"SURVEY_CONDOM_USE","period":"2020","unitId":"11455@pre2025","disaggregation":{"sex":"male"},"value":0,"source":"model_report"}', 'SURVEY_CONDOM_USE', '2020', '11455@pre2025', 0, 'model_report', '{"sex":"male"}', '["sex"]', '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av6633', '{"id":"av6633","dataElement":"POLICE_CASES","period":"2019M12","unitId":"30301@2025","disaggregation":{"sex":"female"},"value":178,"source":"model_report"}', 'POLICE_CASES', '2019M12', '30301@2025', 178, 'model_report', '{"sex":"female"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av6668', '{"id":"av6668","dataElement":"POLICE_ARRESTS","period":"2019M12","unitId":"10525@2025","disaggregation":{},"value":5,"source":"other"}', 'POLICE_ARRESTS', '2019M12', '10525@2025', 5, 'other', '{}', '[]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7354', '{"id":"av7354","dataElement":"POLICE_CASES","period":"2020","unitId":"11455@pre2025","disaggregation":{"sex":"female"},"value":170,"source":"model_report"}', 'POLICE_CASES', '2020', '11455@pre2025', 170, 'model_report', '{"sex":"female"}', '["sex"]', '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7477', '{"id":"av7477","dataElement":"SURVEY_CONDOM_USE","period":"2019M12","unitId":"10507@2025","disaggregation":{"sex":"male"},"value":141,"source":"survey"}', 'SURVEY_CONDOM_USE', '2019M12', '10507@2025', 141, 'survey', '{"sex":"male"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7514', '{"id":"av7514","dataElement":"SURVEY_CONDOM_USE","period":"2019M12","unitId":"11461@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":135,"source":"province_report"}', 'SURVEY_CONDOM_USE', '2019M12', '11461@pre2025', 135, 'province_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7523', '{"id":"av7523","dataElement":"POLICE_CASES","period":"2020S1","unitId":"06652@pre2025","disaggregation":{},"value":174,"source":"ngo_report"}', 'POLICE_CASES', '2020S1', '06652@pre2025', 174, 'ngo_report', '{}', '[]', '2020-01-01', '2020-06-30', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7528', '{"id":"av7528","dataElement":"SURVEY_CONDOM_USE","period":"2019","unitId":"10507@2025","disaggregation":{},"value":52,"source":"police"}', 'SURVEY_CONDOM_USE', '2019', '10507@2025', 52, 'police', '{}', '[]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7620', '{"id":"av7620","dataElement":"SURVEY_CONDOM_USE","period":"2019M12","unitId":"10510@pre2025","disaggregation":{"sex":"female"},"value":116,"source":"police"}', 'SURVEY_CONDOM_USE', '2019M12', '10510@pre2025', 116, 'police', '{"sex":"female"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7651', '{"id":"av7651","dataElement":"POLICE_ARRESTS","period":"2019M12","unitId":"10525@2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":295,"source":"police"}', 'POLICE_ARRESTS', '2019M12', '10525@2025', 295, 'police', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7691', '{"id":"av7691","dataElement":"POLICE_CASES","period":"2019","unitId":"10507@pre2025","disaggregation":{"sex":"male"},"value":213,"source":"province_report"}', 'POLICE_CASES', '2019', '10507@pre2025', 213, 'province_report', '{"sex":"male"}', '["sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av7846', '{"id":"av7846","dataElement":"POLICE_ARRESTS","period":"2019Q1","unitId":"30736@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":226,"source":"police"}', 'POLICE_ARRESTS', '2019Q1', '30736@pre2025', 226, 'police', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8', '{"id":"av8","dataElement":"POLICE_CASES","period":"2019Q4","unitId":"11458@pre2025","disaggregation":{"sex":"female"},"value":144,"source":"model_report"}', 'POLICE_CASES', '2019Q4', '11458@pre2025', 144, 'model_report', '{"sex":"female"}', '["sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8184', '{"id":"av8184","dataElement":"POLICE_ARRESTS","period":"2019M12","unitId":"11461@pre2025","disaggregation":{"sex":"male"},"value":226,"source":"other"}', 'POLICE_ARRESTS', '2019M12', '11461@pre2025', 226, 'other', '{"sex":"male"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8243', '{"id":"av8243","dataElement":"POLICE_ARRESTS","period":"2019Q1","unitId":"10510@pre2025","disaggregation":{"sex":"male"},"value":139,"source":"ngo_report"}', 'POLICE_ARRESTS', '2019Q1', '10510@pre2025', 139, 'ngo_report', '{"sex":"male"}', '["sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8252', '{"id":"av8252","dataElement":"POLICE_ARRESTS","period":"2020S1","unitId":"10507@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":231,"source":"model_report"}', 'POLICE_ARRESTS', '2020S1', '10507@pre2025', 231, 'model_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2020-01-01', '2020-06-30', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8296', '{"id":"av8296","dataElement":"POLICE_CASES","period":"2020S1","unitId":"10507@pre2025","disaggregation":{"sex":"female"},"value":137,"source":"model_report"}', 'POLICE_CASES', '2020S1', '10507@pre2025', 137, 'model_report', '{"sex":"female"}', '["sex"]', '2020-01-01', '2020-06-30', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av852', '{"id":"av852","dataElement":"POLICE_CASES","period":"2019M12","unitId":"11458@pre2025","disaggregation":{"sex":"male"},"value":163,"source":"survey"}', 'POLICE_CASES', '2019M12', '11458@pre2025', 163, 'survey', '{"sex":"male"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8520', '{"id":"av8520","dataElement":"POLICE_ARRESTS","period":"2019M12","unitId":"10510@pre2025","disaggregation":{"sex":"male"},"value":2,"source":"survey"}', 'POLICE_ARRESTS', '2019M12', '10510@pre2025', 2, 'survey', '{"sex":"male"}', '["sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av870', '{"id":"av870","dataElement":"POLICE_ARRESTS","period":"2019Q1","unitId":"30301@2025","disaggregation":{"sex":"female"},"value":221,"source":"other"}', 'POLICE_ARRESTS', '2019Q1', '30301@2025', 221, 'other', '{"sex":"female"}', '["sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8751', '{"id":"av8751","dataElement":"POLICE_ARRESTS","period":"2019Q1","unitId":"10507@2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":293,"source":"province_report"}', 'POLICE_ARRESTS', '2019Q1', '10507@2025', 293, 'province_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8862', '{"id":"av8862","dataElement":"SURVEY_CONDOM_USE","period":"2019Q4","unitId":"10525@2025","disaggregation":{"sex":"female"},"value":4,"source":"other"}', 'SURVEY_CONDOM_USE', '2019Q4', '10525@2025', 4, 'other', '{"sex":"female"}', '["sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av8965', '{"id":"av8965","dataElement":"POLICE_ARRESTS","period":"2018/2020","unitId":"30301@2025","disaggregation":{"sex":"male"},"value":289,"source":"ngo_report"}', 'POLICE_ARRESTS', '2018/2020', '30301@2025', 289, 'ngo_report', '{"sex":"male"}', '["sex"]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9', '{"id":"av9","dataElement":"POLICE_CASES","period":"2019","unitId":"11458@pre2025","disaggregation":{},"value":0,"source":"other"}', 'POLICE_CASES', '2019', '11458@pre2025', 0, 'other', '{}', '[]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9046', '{"id":"av9046","dataElement":"SURVEY_CONDOM_USE","period":"2019","unitId":"30292@2025","disaggregation":{"sex":"male"},"value":232,"source":"other"}', 'SURVEY_CONDOM_USE', '2019', '30292@2025', 232, 'other', '{"sex":"male"}', '["sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9194', '{"id":"av9194","dataElement":"POLICE_CASES","period":"2020S1","unitId":"30733@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":243,"source":"province_report"}', 'POLICE_CASES', '2020S1', '30733@pre2025', 243, 'province_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2020-01-01', '2020-06-30', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av940', '{"id":"av940","dataElement":"POLICE_ARRESTS","period":"2019Q1","unitId":"10507@2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":0,"source":"other"}', 'POLICE_ARRESTS', '2019Q1', '10507@2025', 0, 'other', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9406', '{"id":"av9406","dataElement":"SURVEY_CONDOM_USE","period":"2019Q1","unitId":"10507@2025","disaggregation":{"sex":"female"},"value":218,"source":"model_report"}', 'SURVEY_CONDOM_USE', '2019Q1', '10507@2025', 218, 'model_report', '{"sex":"female"}', '["sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9594', '{"id":"av9594","dataElement":"SURVEY_CONDOM_USE","period":"2019M12","unitId":"06652@pre2025","disaggregation":{"sex":"female","ageBand":"20-24"},"value":160,"source":"model_report"}', 'SURVEY_CONDOM_USE', '2019M12', '06652@pre2025', 160, 'model_report', '{"ageBand":"20-24","sex":"female"}', '["ageBand","sex"]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9612', '{"id":"av9612","dataElement":"POLICE_ARRESTS","period":"2019","unitId":"11461@pre2025","disaggregation":{},"value":1,"source":"other"}', 'POLICE_ARRESTS', '2019', '11461@pre2025', 1, 'other', '{}', '[]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9635', '{"id":"av9635","dataElement":"SURVEY_CONDOM_USE","period":"2019","unitId":"10507@2025","disaggregation":{"sex":"female"},"value":37,"source":"survey"}', 'SURVEY_CONDOM_USE', '2019', '10507@2025', 37, 'survey', '{"sex":"female"}', '["sex"]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9818', '{"id":"av9818","dataElement":"POLICE_ARRESTS","period":"2019","unitId":"11461@pre2025","disaggregation":{},"value":2,"source":"ngo_report"}', 'POLICE_ARRESTS', '2019', '11461@pre2025', 2, 'ngo_report', '{}', '[]', '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av986', '{"id":"av986","dataElement":"POLICE_CASES","period":"2018/2020","unitId":"30733@pre2025","disaggregation":{},"value":186,"source":"other"}', 'POLICE_CASES', '2018/2020', '30733@pre2025', 186, 'other', '{}', '[]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9940', '{"id":"av9940","dataElement":"POLICE_ARRESTS","period":"2019Q4","unitId":"11458@pre2025","disaggregation":{},"value":8,"source":"survey"}', 'POLICE_ARRESTS', '2019Q4', '11458@pre2025', 8, 'survey', '{}', '[]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9988', '{"id":"av9988","dataElement":"SURVEY_CONDOM_USE","period":"2018/2020","unitId":"30301@2025","disaggregation":{"sex":"female"},"value":130,"source":"survey"}', 'SURVEY_CONDOM_USE', '2018/2020', '30301@2025', 130, 'survey', '{"sex":"female"}', '["sex"]', '2018-01-01', '2020-12-31', '2017-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9990', '{"id":"av9990","dataElement":"POLICE_CASES","period":"2019M12","unitId":"10507@2025","disaggregation":{},"value":206,"source":"survey"}', 'POLICE_CASES', '2019M12', '10507@2025', 206, 'survey', '{}', '[]', '2019-12-01', '2019-12-31', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9993', '{"id":"av9993","dataElement":"POLICE_ARRESTS","period":"2019Q4","unitId":"06649@pre2025","disaggregation":{},"value":228,"source":"survey"}', 'POLICE_ARRESTS', '2019Q4', '06649@pre2025', 228, 'survey', '{}', '[]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9995', '{"id":"av9995","dataElement":"POLICE_CASES","period":"2019Q1","unitId":"10507@2025","disaggregation":{"sex":"male"},"value":300,"source":"model_report"}', 'POLICE_CASES', '2019Q1', '10507@2025', 300, 'model_report', '{"sex":"male"}', '["sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9996', '{"id":"av9996","dataElement":"SURVEY_CONDOM_USE","period":"2019Q1","unitId":"10510@pre2025","disaggregation":{"sex":"female"},"value":5,"source":"province_report"}', 'SURVEY_CONDOM_USE', '2019Q1', '10510@pre2025', 5, 'province_report', '{"sex":"female"}', '["sex"]', '2019-01-01', '2019-03-31', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_aggregate_value VALUES ('av9999', '{"id":"av9999","dataElement":"SURVEY_CONDOM_USE","period":"2019Q4","unitId":"10525@2025","disaggregation":{"sex":"male"},"value":299,"source":"other"}', 'SURVEY_CONDOM_USE', '2019Q4', '10525@2025', 299, 'other', '{"sex":"male"}', '["sex"]', '2019-10-01', '2019-12-31', '2019-09-15', '2019-12-14');


--
-- Data for Name: pctnxh_audit_entry; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_audit_entry VALUES ('000000000000', '{"id":"000000000000","sequence":0,"at":"2026-01-05T08:30:00Z","actor":"officer-1","action":"access","subject":{"kind":"serviceEvent","id":"ev-1","salt":"c2FsdA"},"subjectDigest":"0000000000000000000000000000000000000000000000000000000000000000","purpose":"service_delivery","details":{"audience":"model_officer"},"previousHash":"0000000000000000000000000000000000000000000000000000000000000000","hash":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}');


--
-- Data for Name: pctnxh_budget; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b0', '{"id":"b0","year":2020,"source":"central","modelId":"m-missing","unitId":"06649@pre2025","amount":300000}', 2020, 'm-missing', '06649@pre2025', 'central', 300000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b10', '{"id":"b10","year":2023,"source":"donor","modelId":"m2","unitId":"06652@pre2025","amount":2600000}', 2023, 'm2', '06652@pre2025', 'donor', 2600000, '2023-01-01', '2023-12-31', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b1127', '{"id":"b1127","year":2018,"source":"donor","modelId":"m2","unitId":"30733@pre2025","amount":1300000}', 2018, 'm2', '30733@pre2025', 'donor', 1300000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b12', '{"id":"b12","year":2023,"source":"local","modelId":"m-missing","unitId":"10507@pre2025","amount":500000}', 2023, 'm-missing', '10507@pre2025', 'local', 500000, '2023-01-01', '2023-12-31', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b1546', '{"id":"b1546","year":2021,"source":"other","modelId":"m1","unitId":"06649@pre2025","amount":2300000}', 2021, 'm1', '06649@pre2025', 'other', 2300000, '2021-01-01', '2021-12-31', '2020-12-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b1561', '{"id":"b1561","year":2018,"source":"local","modelId":"m-missing","unitId":"10510@pre2025","amount":400000}', 2018, 'm-missing', '10510@pre2025', 'local', 400000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b1569', '{"id":"b1569","year":2018,"source":"other","modelId":"m3","unitId":"06652@pre2025","amount":4900000}', 2018, 'm3', '06652@pre2025', 'other', 4900000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b1572', '{"id":"b1572","year":2020,"source":"local","modelId":"m2","unitId":"30736@pre2025","amount":2400000}', 2020, 'm2', '30736@pre2025', 'local', 2400000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b1745', '{"id":"b1745","year":2024,"source":"other","modelId":"m1","unitId":"06649@pre2025","amount":4900000}', 2024, 'm1', '06649@pre2025', 'other', 4900000, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2', '{"id":"b2","year":2022,"source":"local","modelId":"m1","unitId":"30301@2025","amount":100000}', 2022, 'm1', '30301@2025', 'local', 100000, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2001', '{"id":"b2001","year":2018,"source":"other","unitId":"30736@pre2025","amount":1600000}', 2018, NULL, '30736@pre2025', 'other', 1600000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2033', '{"id":"b2033","year":2019,"source":"local","modelId":"m1","unitId":"30301@2025","amount":4200000}', 2019, 'm1', '30301@2025', 'local', 4200000, '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2039', '{"id":"b2039","year":2026,"source":"local","modelId":"m2","unitId":"10507@2025","amount":2300000}', 2026, 'm2', '10507@2025', 'local', 2300000, '2026-01-01', '2026-12-31', '2025-12-15', '2026-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2111', '{"id":"b2111","year":2025,"source":"donor","modelId":"m-missing","unitId":"10525@2025","amount":3600000}', 2025, 'm-missing', '10525@2025', 'donor', 3600000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2331', '{"id":"b2331","year":2019,"source":"central","unitId":"10507@pre2025","amount":1900000}', 2019, NULL, '10507@pre2025', 'central', 1900000, '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2421', '{"id":"b2421","year":2024,"source":"other","modelId":"m3","unitId":"30736@pre2025","amount":2200000}', 2024, 'm3', '30736@pre2025', 'other', 2200000, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2592', '{"id":"b2592","year":2024,"source":"central","modelId":"m2","unitId":"06652@pre2025","amount":4800000}', 2024, 'm2', '06652@pre2025', 'central', 4800000, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b2596', '{"id":"b2596","year":2025,"source":"local","modelId":"m1","unitId":"10507@2025","amount":4300000}', 2025, 'm1', '10507@2025', 'local', 4300000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3090', '{"id":"b3090","year":2026,"source":"central","modelId":"m3","unitId":"10507@2025","amount":0}', 2026, 'm3', '10507@2025', 'central', 0, '2026-01-01', '2026-12-31', '2025-12-15', '2026-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3104', '{"id":"b3104","year":2022,"source":"local","modelId":"m-missing","unitId":"30733@pre2025","amount":2600000}', 2022, 'm-missing', '30733@pre2025', 'local', 2600000, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b320', '{"id":"b320","year":2022,"source":"central","modelId":"m1","unitId":"30301@2025","amount":3400000}', 2022, 'm1', '30301@2025', 'central', 3400000, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3235', '{"id":"b3235","year":2024,"source":"central","modelId":"m3","unitId":"30301@2025","amount":500000}', 2024, 'm3', '30301@2025', 'central', 500000, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3305', '{"id":"b3305","year":2020,"source":"central","modelId":"m-missing","unitId":"30292@2025","amount":4900000}', 2020, 'm-missing', '30292@2025', 'central', 4900000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3316', '{"id":"b3316","year":2022,"source":"donor","modelId":"m1","unitId":"11458@pre2025","amount":2800000}', 2022, 'm1', '11458@pre2025', 'donor', 2800000, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3671', '{"id":"b3671","year":2020,"source":"local","modelId":"m-missing","unitId":"30736@pre2025","amount":1800000}', 2020, 'm-missing', '30736@pre2025', 'local', 1800000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3861', '{"id":"b3861","year":2018,"source":"other","modelId":"m3","unitId":"30736@pre2025","amount":2100000}', 2018, 'm3', '30736@pre2025', 'other', 2100000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b3982', '{"id":"b3982","year":2019,"source":"other","modelId":"m3","unitId":"11458@pre2025","amount":400000}', 2019, 'm3', '11458@pre2025', 'other', 400000, '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b4110', '{"id":"b4110","year":2018,"source":"local","modelId":"m3","unitId":"06649@pre2025","amount":3600000}', 2018, 'm3', '06649@pre2025', 'local', 3600000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b4122', '{"id":"b4122","year":2023,"source":"local","unitId":"06652@pre2025","amount":2700000}', 2023, NULL, '06652@pre2025', 'local', 2700000, '2023-01-01', '2023-12-31', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b4346', '{"id":"b4346","year":2020,"source":"central","unitId":"10507@pre2025","amount":400000}', 2020, NULL, '10507@pre2025', 'central', 400000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b4533', '{"id":"b4533","year":2018,"source":"local","modelId":"m1","unitId":"10525@2025","amount":2400000}', 2018, 'm1', '10525@2025', 'local', 2400000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b4539', '{"id":"b4539","year":2019,"source":"other","modelId":"m3","unitId":"11455@pre2025","amount":1000000}', 2019, 'm3', '11455@pre2025', 'other', 1000000, '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b4650', '{"id":"b4650","year":2018,"source":"donor","modelId":"m1","unitId":"10510@pre2025","amount":1000000}', 2018, 'm1', '10510@pre2025', 'donor', 1000000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5', '{"id":"b5","year":2020,"source":"other","unitId":"30301@2025","amount":100000}', 2020, NULL, '30301@2025', 'other', 100000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5206', '{"id":"b5206","year":2023,"source":"other","modelId":"m2","unitId":"11461@pre2025","amount":3700000}', 2023, 'm2', '11461@pre2025', 'other', 3700000, '2023-01-01', '2023-12-31', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5216', '{"id":"b5216","year":2020,"source":"central","modelId":"m1","unitId":"30736@pre2025","amount":4500000}', 2020, 'm1', '30736@pre2025', 'central', 4500000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b535', '{"id":"b535","year":2023,"source":"other","modelId":"m2","unitId":"30292@2025","amount":3900000}', 2023, 'm2', '30292@2025', 'other', 3900000, '2023-01-01', '2023-12-31', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5722', '{"id":"b5722","year":2022,"source":"local","modelId":"m2","unitId":"30301@2025","amount":0}', 2022, 'm2', '30301@2025', 'local', 0, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5744', '{"id":"b5744","year":2026,"source":"donor","unitId":"30733@pre2025","amount":1000000}', 2026, NULL, '30733@pre2025', 'donor', 1000000, '2026-01-01', '2026-12-31', '2025-12-15', '2026-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5844', '{"id":"b5844","year":2024,"source":"central","modelId":"m2","unitId":"10507@2025","amount":3100000}', 2024, 'm2', '10507@2025', 'central', 3100000, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5959', '{"id":"b5959","year":2020,"source":"donor","unitId":"10507@2025","amount":4800000}', 2020, NULL, '10507@2025', 'donor', 4800000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b5977', '{"id":"b5977","year":2024,"source":"donor","modelId":"m1","unitId":"10507@pre2025","amount":3600000}', 2024, 'm1', '10507@pre2025', 'donor', 3600000, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b6087', '{"id":"b6087","year":2022,"source":"central","modelId":"m3","unitId":"30301@2025","amount":1200000}', 2022, 'm3', '30301@2025', 'central', 1200000, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b6196', '{"id":"b6196","year":2018,"source":"other","modelId":"m1","unitId":"06649@pre2025","amount":100000}', 2018, 'm1', '06649@pre2025', 'other', 100000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b622', '{"id":"b622","year":2020,"source":"local","modelId":"m3","unitId":"30301@2025","amount":2900000}', 2020, 'm3', '30301@2025', 'local', 2900000, '2020-01-01', '2020-12-31', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b6239', '{"id":"b6239","year":2025,"source":"local","modelId":"m1","unitId":"11461@pre2025","amount":3600000}', 2025, 'm1', '11461@pre2025', 'local', 3600000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b6417', '{"id":"b6417","year":2021,"source":"central","modelId":"m1","unitId":"06652@pre2025","amount":600000}', 2021, 'm1', '06652@pre2025', 'central', 600000, '2021-01-01', '2021-12-31', '2020-12-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7', '{"id":"b7","year":2022,"source":"other","unitId":"30292@2025","amount":600000}', 2022, NULL, '30292@2025', 'other', 600000, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7330', '{"id":"b7330","year":2021,"source":"local","unitId":"10507@2025","amount":4800000}', 2021, NULL, '10507@2025', 'local', 4800000, '2021-01-01', '2021-12-31', '2020-12-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7386', '{"id":"b7386","year":2025,"source":"donor","modelId":"m2","unitId":"06649@pre2025","amount":2200000}', 2025, 'm2', '06649@pre2025', 'donor', 2200000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7477', '{"id":"b7477","year":2021,"source":"other","modelId":"m3","unitId":"11458@pre2025","amount":300000}', 2021, 'm3', '11458@pre2025', 'other', 300000, '2021-01-01', '2021-12-31', '2020-12-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7498', '{"id":"b7498","year":2021,"source":"donor","modelId":"m3","unitId":"10507@2025","amount":5000000}', 2021, 'm3', '10507@2025', 'donor', 5000000, '2021-01-01', '2021-12-31', '2020-12-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7683', '{"id":"b7683","year":2023,"source":"other","unitId":"10525@2025","amount":1400000}', 2023, NULL, '10525@2025', 'other', 1400000, '2023-01-01', '2023-12-31', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7865', '{"id":"b7865","year":2018,"source":"local","modelId":"m3","unitId":"30736@pre2025","amount":2300000}', 2018, 'm3', '30736@pre2025', 'local', 2300000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b7893', '{"id":"b7893","year":2019,"source":"local","unitId":"10525@2025","amount":3300000}', 2019, NULL, '10525@2025', 'local', 3300000, '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b8461', '{"id":"b8461","year":2018,"source":"local","unitId":"11461@pre2025","amount":4700000}', 2018, NULL, '11461@pre2025', 'local', 4700000, '2018-01-01', '2018-12-31', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b8898', '{"id":"b8898","year":2025,"source":"local","unitId":"10510@pre2025","amount":5000000}', 2025, NULL, '10510@pre2025', 'local', 5000000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9081', '{"id":"b9081","year":2023,"source":"other","modelId":"m2","unitId":"06652@pre2025","amount":1800000}', 2023, 'm2', '06652@pre2025', 'other', 1800000, '2023-01-01', '2023-12-31', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9154', '{"id":"b9154","year":2025,"source":"other","modelId":"m2","unitId":"11458@pre2025","amount":1800000}', 2025, 'm2', '11458@pre2025', 'other', 1800000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b930', '{"id":"b930","year":2025,"source":"local","modelId":"m3","unitId":"10507@2025","amount":2700000}', 2025, 'm3', '10507@2025', 'local', 2700000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9547', '{"id":"b9547","year":2019,"source":"donor","modelId":"m2","unitId":"10510@pre2025","amount":400000}', 2019, 'm2', '10510@pre2025', 'donor', 400000, '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9645', '{"id":"b9645","year":2021,"source":"other","modelId":"m3","unitId":"11458@pre2025","amount":4600000}', 2021, 'm3', '11458@pre2025', 'other', 4600000, '2021-01-01', '2021-12-31', '2020-12-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9833', '{"id":"b9833","year":2022,"source":"donor","unitId":"30733@pre2025","amount":2400000}', 2022, NULL, '30733@pre2025', 'donor', 2400000, '2022-01-01', '2022-12-31', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9990', '{"id":"b9990","year":2024,"source":"central","modelId":"m2","unitId":"30733@pre2025","amount":4500000}', 2024, 'm2', '30733@pre2025', 'central', 4500000, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9991', '{"id":"b9991","year":2024,"source":"central","unitId":"11461@pre2025","amount":0}', 2024, NULL, '11461@pre2025', 'central', 0, '2024-01-01', '2024-12-31', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9992', '{"id":"b9992","year":2025,"source":"local","unitId":"10525@2025","amount":5000000}', 2025, NULL, '10525@2025', 'local', 5000000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('b9996', '{"id":"b9996","year":2025,"source":"central","modelId":"m-missing","unitId":"30292@2025","amount":1900000}', 2025, 'm-missing', '30292@2025', 'central', 1900000, '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_budget VALUES ('budget-1', '{"id":"budget-1","year":2019,"source":"local","modelId":"model-1","unitId":"11455@pre2025","amount":300000000}', 2019, 'model-1', '11455@pre2025', 'local', 300000000, '2019-01-01', '2019-12-31', '2018-12-15', '2019-12-14');


--
-- Data for Name: pctnxh_consent; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_consent VALUES ('consent-1', '{"id":"consent-1","personId":"pseudo-a","purposes":[{"purpose":"service_delivery"},{"purpose":"referral","providerKind":"clinic"}],"given":"2019-06-15"}', 'pseudo-a');


--
-- Data for Name: pctnxh_cost_norm; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_cost_norm VALUES ('norm-1', '{"id":"norm-1","category":"vocational_training","per":"mỗi người mỗi khóa học","amount":2000000,"legalBasis":"Quyết định định mức hỗ trợ học nghề","validFrom":"2014-01-01"}');


--
-- Data for Name: pctnxh_disclosure_release; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_disclosure_release VALUES ('release-1', '{"id":"release-1","audience":"donor","at":"2026-02-01T03:00:00Z","measures":["CONTACTS"],"tables":"[]"}');


--
-- Data for Name: pctnxh_establishment; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('est-1', '{"id":"est-1","type":"karaoke","unitId":"11455@pre2025","atRisk":true,"opened":"2015-05-01"}', '11455@pre2025', 'karaoke', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s0', '{"id":"s0","type":"karaoke","unitId":"10507@2025","atRisk":false}', '10507@2025', 'karaoke', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s10', '{"id":"s10","type":"other","unitId":"30301@2025","atRisk":true}', '30301@2025', 'other', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s11', '{"id":"s11","type":"bar","unitId":"11461@pre2025","atRisk":true}', '11461@pre2025', 'bar', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s13', '{"id":"s13","type":"beauty_salon","unitId":"11461@pre2025","atRisk":true}', '11461@pre2025', 'beauty_salon', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s17', '{"id":"s17","type":"cafe","unitId":"30736@pre2025","atRisk":true}', '30736@pre2025', 'cafe', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s18', '{"id":"s18","type":"bar","unitId":"10507@2025","atRisk":false}', '10507@2025', 'bar', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s19', '{"id":"s19","type":"hotel","unitId":"10507@2025","atRisk":true}', '10507@2025', 'hotel', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s2', '{"id":"s2","type":"beauty_salon","unitId":"30301@2025","atRisk":false}', '30301@2025', 'beauty_salon', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s21', '{"id":"s21","type":"other","unitId":"30301@2025","atRisk":false}', '30301@2025', 'other', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s23', '{"id":"s23","type":"karaoke","unitId":"30736@pre2025","atRisk":false}', '30736@pre2025', 'karaoke', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s25', '{"id":"s25","type":"massage","unitId":"30301@2025","atRisk":false}', '30301@2025', 'massage', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s27', '{"id":"s27","type":"hotel","unitId":"30301@2025","atRisk":false}', '30301@2025', 'hotel', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s28', '{"id":"s28","type":"hotel","unitId":"10525@2025","atRisk":false}', '10525@2025', 'hotel', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s29', '{"id":"s29","type":"beauty_salon","unitId":"30736@pre2025","atRisk":false}', '30736@pre2025', 'beauty_salon', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s3', '{"id":"s3","type":"cafe","unitId":"30301@2025","atRisk":true}', '30301@2025', 'cafe', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s31', '{"id":"s31","type":"beauty_salon","unitId":"11458@pre2025","atRisk":true}', '11458@pre2025', 'beauty_salon', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s35', '{"id":"s35","type":"other","unitId":"11458@pre2025","atRisk":false}', '11458@pre2025', 'other', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s36', '{"id":"s36","type":"massage","unitId":"10507@2025","atRisk":true}', '10507@2025', 'massage', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s39', '{"id":"s39","type":"karaoke","unitId":"06652@pre2025","atRisk":true}', '06652@pre2025', 'karaoke', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s4', '{"id":"s4","type":"guesthouse","unitId":"30736@pre2025","atRisk":false}', '30736@pre2025', 'guesthouse', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s40', '{"id":"s40","type":"cafe","unitId":"30736@pre2025","atRisk":false}', '30736@pre2025', 'cafe', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s49', '{"id":"s49","type":"restaurant","unitId":"11455@pre2025","atRisk":true}', '11455@pre2025', 'restaurant', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s50', '{"id":"s50","type":"guesthouse","unitId":"11455@pre2025","atRisk":false}', '11455@pre2025', 'guesthouse', 'false');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s6', '{"id":"s6","type":"karaoke","unitId":"11461@pre2025","atRisk":true}', '11461@pre2025', 'karaoke', 'true');
INSERT INTO pctnxh_fixture.pctnxh_establishment VALUES ('s9', '{"id":"s9","type":"cafe","unitId":"11458@pre2025","atRisk":true}', '11458@pre2025', 'cafe', 'true');


--
-- Data for Name: pctnxh_expenditure; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('exp-1', '{"id":"exp-1","budgetId":"budget-1","modelId":"model-1","unitId":"11455@pre2025","date":"2019-08-01","category":"vocational_training","source":"local","amount":45000000,"beneficiaries":15}', 'model-1', '11455@pre2025', '2019-08-01', 'vocational_training', 'local', 45000000, 15);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1004', '{"id":"x1004","modelId":"m2","unitId":"11461@pre2025","date":"2019-06-14","category":"training","source":"central","amount":4700000}', 'm2', '11461@pre2025', '2019-06-14', 'training', 'central', 4700000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1279', '{"id":"x1279","modelId":"m2","unitId":"11455@pre2025","date":"2019-03-15","category":"legal_aid","source":"other","amount":2800000,"beneficiaries":6}', 'm2', '11455@pre2025', '2019-03-15', 'legal_aid', 'other', 2800000, 6);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1322', '{"id":"x1322","modelId":"m-missing","unitId":"06649@pre2025","date":"2025-06-30","category":"training","source":"donor","amount":4700000,"beneficiaries":13}', 'm-missing', '06649@pre2025', '2025-06-30', 'training', 'donor', 4700000, 13);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1323', '{"id":"x1323","modelId":"m3","unitId":"10507@pre2025","date":"2019-12-14","category":"health_check","source":"other","amount":600000,"beneficiaries":15}', 'm3', '10507@pre2025', '2019-12-14', 'health_check', 'other', 600000, 15);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1375', '{"id":"x1375","modelId":"m2","unitId":"10525@2025","date":"2019-05-03","category":"management","source":"local","amount":500000}', 'm2', '10525@2025', '2019-05-03', 'management', 'local', 500000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x154', '{"id":"x154","modelId":"m1","unitId":"10510@pre2025","date":"2025-06-30","category":"health_check","source":"central","amount":1800000,"beneficiaries":20}', 'm1', '10510@pre2025', '2025-06-30', 'health_check', 'central', 1800000, 20);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1617', '{"id":"x1617","unitId":"10507@pre2025","date":"2022-08-22","category":"group_support","source":"donor","amount":3900000}', NULL, '10507@pre2025', '2022-08-22', 'group_support', 'donor', 3900000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1623', '{"id":"x1623","modelId":"m-missing","unitId":"10525@2025","date":"2018-12-15","category":"communication","source":"local","amount":2400000}', 'm-missing', '10525@2025', '2018-12-15', 'communication', 'local', 2400000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1770', '{"id":"x1770","modelId":"m-missing","unitId":"10507@pre2025","date":"2019-12-14","category":"management","source":"donor","amount":4300000,"beneficiaries":0}', 'm-missing', '10507@pre2025', '2019-12-14', 'management', 'donor', 4300000, 0);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1807', '{"id":"x1807","modelId":"m1","unitId":"10507@pre2025","date":"2019-12-31","category":"vocational_training","source":"local","amount":5000000,"beneficiaries":4}', 'm1', '10507@pre2025', '2019-12-31', 'vocational_training', 'local', 5000000, 4);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1868', '{"id":"x1868","modelId":"m3","unitId":"11455@pre2025","date":"2019-03-14","category":"other","source":"local","amount":1200000,"beneficiaries":11}', 'm3', '11455@pre2025', '2019-03-14', 'other', 'local', 1200000, 11);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1896', '{"id":"x1896","modelId":"m2","unitId":"11455@pre2025","date":"2022-06-16","category":"management","source":"local","amount":1000000}', 'm2', '11455@pre2025', '2022-06-16', 'management', 'local', 1000000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x1947', '{"id":"x1947","unitId":"10525@2025","date":"2025-12-02","category":"management","source":"donor","amount":4700000,"beneficiaries":10}', NULL, '10525@2025', '2025-12-02', 'management', 'donor', 4700000, 10);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x2', '{"id":"x2","modelId":"m2","unitId":"11458@pre2025","date":"2018-12-14","category":"group_support","source":"donor","amount":4800000,"beneficiaries":21}', 'm2', '11458@pre2025', '2018-12-14', 'group_support', 'donor', 4800000, 21);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x2314', '{"id":"x2314","modelId":"m-missing","unitId":"11461@pre2025","date":"2019-06-15","category":"loan_support","source":"local","amount":1500000,"beneficiaries":11}', 'm-missing', '11461@pre2025', '2019-06-15', 'loan_support', 'local', 1500000, 11);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x2317', '{"id":"x2317","modelId":"m-missing","unitId":"10507@pre2025","date":"2021-04-21","category":"equipment","source":"local","amount":200000}', 'm-missing', '10507@pre2025', '2021-04-21', 'equipment', 'local', 200000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x2520', '{"id":"x2520","modelId":"m3","unitId":"30733@pre2025","date":"2019-08-07","category":"equipment","source":"other","amount":0}', 'm3', '30733@pre2025', '2019-08-07', 'equipment', 'other', 0, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x2806', '{"id":"x2806","modelId":"m-missing","unitId":"10507@pre2025","date":"2019-08-28","category":"health_check","source":"other","amount":3100000,"beneficiaries":6}', 'm-missing', '10507@pre2025', '2019-08-28', 'health_check', 'other', 3100000, 6);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x2961', '{"id":"x2961","modelId":"m1","unitId":"30733@pre2025","date":"2022-11-05","category":"other","source":"other","amount":500000,"beneficiaries":14}', 'm1', '30733@pre2025', '2022-11-05', 'other', 'other', 500000, 14);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3045', '{"id":"x3045","unitId":"10510@pre2025","date":"2022-03-12","category":"legal_aid","source":"local","amount":1500000,"beneficiaries":0}', NULL, '10510@pre2025', '2022-03-12', 'legal_aid', 'local', 1500000, 0);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3047', '{"id":"x3047","unitId":"10507@pre2025","date":"2019-06-14","category":"management","source":"other","amount":4800000,"beneficiaries":11}', NULL, '10507@pre2025', '2019-06-14', 'management', 'other', 4800000, 11);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3104', '{"id":"x3104","modelId":"m3","unitId":"11461@pre2025","date":"2025-07-01","category":"training","source":"donor","amount":2800000,"beneficiaries":3}', 'm3', '11461@pre2025', '2025-07-01', 'training', 'donor', 2800000, 3);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3126', '{"id":"x3126","modelId":"m3","unitId":"10507@pre2025","date":"2018-05-24","category":"legal_aid","source":"local","amount":500000,"beneficiaries":1}', 'm3', '10507@pre2025', '2018-05-24', 'legal_aid', 'local', 500000, 1);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3127', '{"id":"x3127","modelId":"m1","unitId":"10507@pre2025","date":"2018-04-23","category":"health_check","source":"local","amount":900000,"beneficiaries":24}', 'm1', '10507@pre2025', '2018-04-23', 'health_check', 'local', 900000, 24);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3171', '{"id":"x3171","modelId":"m-missing","unitId":"11455@pre2025","date":"2022-12-15","category":"equipment","source":"local","amount":3300000,"beneficiaries":4}', 'm-missing', '11455@pre2025', '2022-12-15', 'equipment', 'local', 3300000, 4);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3750', '{"id":"x3750","modelId":"m-missing","unitId":"30736@pre2025","date":"2026-09-04","category":"other","source":"other","amount":100000,"beneficiaries":13}', 'm-missing', '30736@pre2025', '2026-09-04', 'other', 'other', 100000, 13);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x3875', '{"id":"x3875","modelId":"m3","unitId":"30292@2025","date":"2023-10-22","category":"communication","source":"other","amount":4200000,"beneficiaries":10}', 'm3', '30292@2025', '2023-10-22', 'communication', 'other', 4200000, 10);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x4090', '{"id":"x4090","modelId":"m-missing","unitId":"06649@pre2025","date":"2026-05-12","category":"management","source":"local","amount":1000000,"beneficiaries":28}', 'm-missing', '06649@pre2025', '2026-05-12', 'management', 'local', 1000000, 28);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x4655', '{"id":"x4655","modelId":"m3","unitId":"11461@pre2025","date":"2026-12-24","category":"equipment","source":"donor","amount":4900000,"beneficiaries":28}', 'm3', '11461@pre2025', '2026-12-24', 'equipment', 'donor', 4900000, 28);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x5077', '{"id":"x5077","modelId":"m3","unitId":"10510@pre2025","date":"2019-09-15","category":"training","source":"donor","amount":400000,"beneficiaries":3}', 'm3', '10510@pre2025', '2019-09-15', 'training', 'donor', 400000, 3);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x5202', '{"id":"x5202","modelId":"m3","unitId":"30736@pre2025","date":"2019-03-14","category":"legal_aid","source":"central","amount":400000,"beneficiaries":29}', 'm3', '30736@pre2025', '2019-03-14', 'legal_aid', 'central', 400000, 29);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x5330', '{"id":"x5330","unitId":"06652@pre2025","date":"2019-09-15","category":"equipment","source":"donor","amount":3500000,"beneficiaries":13}', NULL, '06652@pre2025', '2019-09-15', 'equipment', 'donor', 3500000, 13);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x5489', '{"id":"x5489","modelId":"m2","unitId":"10507@2025","date":"2018-01-02","category":"vocational_training","source":"donor","amount":4700000,"beneficiaries":18}', 'm2', '10507@2025', '2018-01-02', 'vocational_training', 'donor', 4700000, 18);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x585', '{"id":"x585","modelId":"m1","unitId":"11458@pre2025","date":"2018-12-14","category":"loan_support","source":"donor","amount":2700000,"beneficiaries":3}', 'm1', '11458@pre2025', '2018-12-14', 'loan_support', 'donor', 2700000, 3);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x5875', '{"id":"x5875","modelId":"m2","unitId":"30736@pre2025","date":"2020-04-13","category":"management","source":"local","amount":4200000}', 'm2', '30736@pre2025', '2020-04-13', 'management', 'local', 4200000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6114', '{"id":"x6114","unitId":"11455@pre2025","date":"2019-12-05","category":"equipment","source":"local","amount":1900000,"beneficiaries":7}', NULL, '11455@pre2025', '2019-12-05', 'equipment', 'local', 1900000, 7);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6279', '{"id":"x6279","modelId":"m3","unitId":"11458@pre2025","date":"2018-12-15","category":"training","source":"central","amount":900000,"beneficiaries":8}', 'm3', '11458@pre2025', '2018-12-15', 'training', 'central', 900000, 8);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6287', '{"id":"x6287","unitId":"10525@2025","date":"2018-02-14","category":"management","source":"local","amount":2500000,"beneficiaries":12}', NULL, '10525@2025', '2018-02-14', 'management', 'local', 2500000, 12);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6307', '{"id":"x6307","modelId":"m-missing","unitId":"11461@pre2025","date":"2019-12-31","category":"training","source":"donor","amount":1800000,"beneficiaries":30}', 'm-missing', '11461@pre2025', '2019-12-31', 'training', 'donor', 1800000, 30);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6330', '{"id":"x6330","modelId":"m3","unitId":"30301@2025","date":"2025-10-01","category":"equipment","source":"other","amount":200000}', 'm3', '30301@2025', '2025-10-01', 'equipment', 'other', 200000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6413', '{"id":"x6413","unitId":"30292@2025","date":"2018-07-26","category":"training","source":"other","amount":3800000,"beneficiaries":4}', NULL, '30292@2025', '2018-07-26', 'training', 'other', 3800000, 4);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6521', '{"id":"x6521","modelId":"m3","unitId":"30292@2025","date":"2018-05-02","category":"legal_aid","source":"other","amount":700000,"beneficiaries":9}', 'm3', '30292@2025', '2018-05-02', 'legal_aid', 'other', 700000, 9);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6819', '{"id":"x6819","modelId":"m-missing","unitId":"30736@pre2025","date":"2026-02-17","category":"health_check","source":"donor","amount":3900000,"beneficiaries":24}', 'm-missing', '30736@pre2025', '2026-02-17', 'health_check', 'donor', 3900000, 24);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6820', '{"id":"x6820","modelId":"m3","unitId":"06649@pre2025","date":"2019-06-14","category":"management","source":"central","amount":1700000,"beneficiaries":13}', 'm3', '06649@pre2025', '2019-06-14', 'management', 'central', 1700000, 13);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x6935', '{"id":"x6935","modelId":"m2","unitId":"10510@pre2025","date":"2019-01-01","category":"management","source":"other","amount":3600000,"beneficiaries":8}', 'm2', '10510@pre2025', '2019-01-01', 'management', 'other', 3600000, 8);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x7', '{"id":"x7","modelId":"m2","unitId":"30736@pre2025","date":"2019-12-14","category":"group_support","source":"other","amount":2600000,"beneficiaries":3}', 'm2', '30736@pre2025', '2019-12-14', 'group_support', 'other', 2600000, 3);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x7031', '{"id":"x7031","modelId":"m1","unitId":"30733@pre2025","date":"2021-09-15","category":"group_support","source":"central","amount":4100000,"beneficiaries":17}', 'm1', '30733@pre2025', '2021-09-15', 'group_support', 'central', 4100000, 17);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x7310', '{"id":"x7310","modelId":"m2","unitId":"30301@2025","date":"2019-01-01","category":"inspection","source":"central","amount":3700000,"beneficiaries":27}', 'm2', '30301@2025', '2019-01-01', 'inspection', 'central', 3700000, 27);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x7877', '{"id":"x7877","modelId":"m1","unitId":"10507@2025","date":"2025-07-01","category":"communication","source":"central","amount":1700000,"beneficiaries":18}', 'm1', '10507@2025', '2025-07-01', 'communication', 'central', 1700000, 18);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8', '{"id":"x8","unitId":"11458@pre2025","date":"2022-05-24","category":"legal_aid","source":"local","amount":800000}', NULL, '11458@pre2025', '2022-05-24', 'legal_aid', 'local', 800000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8101', '{"id":"x8101","modelId":"m3","unitId":"30733@pre2025","date":"2025-07-01","category":"other","source":"donor","amount":600000,"beneficiaries":21}', 'm3', '30733@pre2025', '2025-07-01', 'other', 'donor', 600000, 21);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8120', '{"id":"x8120","modelId":"m3","unitId":"10507@2025","date":"2024-09-19","category":"vocational_training","source":"central","amount":1700000,"beneficiaries":29}', 'm3', '10507@2025', '2024-09-19', 'vocational_training', 'central', 1700000, 29);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8164', '{"id":"x8164","modelId":"m2","unitId":"10525@2025","date":"2019-06-14","category":"vocational_training","source":"donor","amount":5000000,"beneficiaries":3}', 'm2', '10525@2025', '2019-06-14', 'vocational_training', 'donor', 5000000, 3);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8337', '{"id":"x8337","modelId":"m1","unitId":"10525@2025","date":"2021-01-29","category":"other","source":"other","amount":3400000}', 'm1', '10525@2025', '2021-01-29', 'other', 'other', 3400000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8486', '{"id":"x8486","modelId":"m-missing","unitId":"30733@pre2025","date":"2023-06-11","category":"training","source":"central","amount":2300000,"beneficiaries":26}', 'm-missing', '30733@pre2025', '2023-06-11', 'training', 'central', 2300000, 26);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8579', '{"id":"x8579","unitId":"30736@pre2025","date":"2019-08-08","category":"communication","source":"local","amount":4800000,"beneficiaries":6}', NULL, '30736@pre2025', '2019-08-08', 'communication', 'local', 4800000, 6);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8770', '{"id":"x8770","modelId":"m-missing","unitId":"11455@pre2025","date":"2019-12-15","category":"management","source":"local","amount":800000,"beneficiaries":23}', 'm-missing', '11455@pre2025', '2019-12-15', 'management', 'local', 800000, 23);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8941', '{"id":"x8941","modelId":"m3","unitId":"30301@2025","date":"2019-01-01","category":"inspection","source":"other","amount":500000,"beneficiaries":19}', 'm3', '30301@2025', '2019-01-01', 'inspection', 'other', 500000, 19);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x8978', '{"id":"x8978","modelId":"m3","unitId":"10507@2025","date":"2020-02-29","category":"legal_aid","source":"donor","amount":1800000,"beneficiaries":15}', 'm3', '10507@2025', '2020-02-29', 'legal_aid', 'donor', 1800000, 15);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9', '{"id":"x9","modelId":"m3","unitId":"10525@2025","date":"2025-05-03","category":"group_support","source":"central","amount":4900000}', 'm3', '10525@2025', '2025-05-03', 'group_support', 'central', 4900000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9212', '{"id":"x9212","modelId":"m-missing","unitId":"30292@2025","date":"2020-02-17","category":"equipment","source":"local","amount":400000,"beneficiaries":14}', 'm-missing', '30292@2025', '2020-02-17', 'equipment', 'local', 400000, 14);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9235', '{"id":"x9235","modelId":"m-missing","unitId":"30292@2025","date":"2023-05-23","category":"vocational_training","source":"donor","amount":4700000,"beneficiaries":30}', 'm-missing', '30292@2025', '2023-05-23', 'vocational_training', 'donor', 4700000, 30);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9489', '{"id":"x9489","modelId":"m-missing","unitId":"11461@pre2025","date":"2025-04-11","category":"loan_support","source":"local","amount":3800000,"beneficiaries":2}', 'm-missing', '11461@pre2025', '2025-04-11', 'loan_support', 'local', 3800000, 2);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9583', '{"id":"x9583","modelId":"m3","unitId":"06652@pre2025","date":"2024-07-12","category":"equipment","source":"donor","amount":300000,"beneficiaries":19}', 'm3', '06652@pre2025', '2024-07-12', 'equipment', 'donor', 300000, 19);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9672', '{"id":"x9672","modelId":"m2","unitId":"30736@pre2025","date":"2019-09-15","category":"training","source":"local","amount":3100000,"beneficiaries":23}', 'm2', '30736@pre2025', '2019-09-15', 'training', 'local', 3100000, 23);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9716', '{"id":"x9716","modelId":"m-missing","unitId":"11458@pre2025","date":"2020-07-06","category":"equipment","source":"other","amount":1000000,"beneficiaries":0}', 'm-missing', '11458@pre2025', '2020-07-06', 'equipment', 'other', 1000000, 0);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9989', '{"id":"x9989","modelId":"m1","unitId":"30733@pre2025","date":"2018-01-04","category":"vocational_training","source":"other","amount":100000,"beneficiaries":29}', 'm1', '30733@pre2025', '2018-01-04', 'vocational_training', 'other', 100000, 29);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9994', '{"id":"x9994","modelId":"m2","unitId":"10507@pre2025","date":"2020-02-29","category":"training","source":"other","amount":5000000,"beneficiaries":11}', 'm2', '10507@pre2025', '2020-02-29', 'training', 'other', 5000000, 11);
INSERT INTO pctnxh_fixture.pctnxh_expenditure VALUES ('x9995', '{"id":"x9995","modelId":"m3","unitId":"30736@pre2025","date":"2019-03-15","category":"communication","source":"donor","amount":4000000}', 'm3', '30736@pre2025', '2019-03-15', 'communication', 'donor', 4000000, NULL);


--
-- Data for Name: pctnxh_group; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g1', '{"id":"g1","name":"Group 1","kind":"club","modelId":"m1","unitId":"30292@2025","coreMemberIds":[],"established":"2025-12-08"}', 'm1', '30292@2025', '2025-12-08', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g10', '{"id":"g10","name":"Group 10","kind":"club","unitId":"11461@pre2025","coreMemberIds":[],"established":"2019-09-15"}', NULL, '11461@pre2025', '2019-09-15', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g11', '{"id":"g11","name":"Group 11","kind":"club","modelId":"m1","unitId":"11458@pre2025","coreMemberIds":[],"established":"2019-03-15"}', 'm1', '11458@pre2025', '2019-03-15', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g12', '{"id":"g12","name":"Group 12","kind":"peer","unitId":"10507@pre2025","coreMemberIds":[],"established":"2023-10-22"}', NULL, '10507@pre2025', '2023-10-22', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g13', '{"id":"g13","name":"Group 13","kind":"peer","modelId":"m3","unitId":"30736@pre2025","coreMemberIds":[],"established":"2018-02-09"}', 'm3', '30736@pre2025', '2018-02-09', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g15', '{"id":"g15","name":"Group 15","kind":"club","modelId":"m3","unitId":"11461@pre2025","coreMemberIds":[],"established":"2019-07-09"}', 'm3', '11461@pre2025', '2019-07-09', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g16', '{"id":"g16","name":"Group 16","kind":"club","modelId":"m1","unitId":"10507@pre2025","coreMemberIds":[],"established":"2018-01-03"}', 'm1', '10507@pre2025', '2018-01-03', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g19', '{"id":"g19","name":"Group 19","kind":"club","modelId":"m2","unitId":"10525@2025","coreMemberIds":[],"established":"2018-12-14"}', 'm2', '10525@2025', '2018-12-14', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g2', '{"id":"g2","name":"Group 2","kind":"peer","modelId":"m2","unitId":"30301@2025","coreMemberIds":[],"established":"2025-11-22"}', 'm2', '30301@2025', '2025-11-22', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g20', '{"id":"g20","name":"Group 20","kind":"self_help","modelId":"m-missing","unitId":"30301@2025","coreMemberIds":[],"established":"2025-08-11"}', 'm-missing', '30301@2025', '2025-08-11', 'self_help');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g21', '{"id":"g21","name":"Group 21","kind":"peer","modelId":"m-missing","unitId":"10510@pre2025","coreMemberIds":[],"established":"2019-03-15"}', 'm-missing', '10510@pre2025', '2019-03-15', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g22', '{"id":"g22","name":"Group 22","kind":"club","modelId":"m1","unitId":"30736@pre2025","coreMemberIds":[],"established":"2025-09-27"}', 'm1', '30736@pre2025', '2025-09-27', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g24', '{"id":"g24","name":"Group 24","kind":"self_help","modelId":"m1","unitId":"06649@pre2025","coreMemberIds":[],"established":"2019-09-14"}', 'm1', '06649@pre2025', '2019-09-14', 'self_help');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g28', '{"id":"g28","name":"Group 28","kind":"peer","modelId":"m2","unitId":"06652@pre2025","coreMemberIds":[],"established":"2023-02-17"}', 'm2', '06652@pre2025', '2023-02-17', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g31', '{"id":"g31","name":"Group 31","kind":"peer","modelId":"m3","unitId":"10507@2025","coreMemberIds":[],"established":"2025-01-23"}', 'm3', '10507@2025', '2025-01-23', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g33', '{"id":"g33","name":"Group 33","kind":"club","modelId":"m2","unitId":"30292@2025","coreMemberIds":[],"established":"2025-08-25"}', 'm2', '30292@2025', '2025-08-25', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g36', '{"id":"g36","name":"Group 36","kind":"self_help","modelId":"m3","unitId":"06652@pre2025","coreMemberIds":[],"established":"2023-05-17"}', 'm3', '06652@pre2025', '2023-05-17', 'self_help');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g38', '{"id":"g38","name":"Group 38","kind":"peer","modelId":"m3","unitId":"11461@pre2025","coreMemberIds":[],"established":"2024-01-20"}', 'm3', '11461@pre2025', '2024-01-20', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g41', '{"id":"g41","name":"Group 41","kind":"self_help","modelId":"m2","unitId":"06652@pre2025","coreMemberIds":[],"established":"2023-01-08"}', 'm2', '06652@pre2025', '2023-01-08', 'self_help');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g43', '{"id":"g43","name":"Group 43","kind":"club","modelId":"m-missing","unitId":"10507@2025","coreMemberIds":[],"established":"2026-04-27"}', 'm-missing', '10507@2025', '2026-04-27', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g45', '{"id":"g45","name":"Group 45","kind":"club","modelId":"m3","unitId":"11455@pre2025","coreMemberIds":[],"established":"2019-06-15"}', 'm3', '11455@pre2025', '2019-06-15', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g46', '{"id":"g46","name":"Group 46","kind":"self_help","modelId":"m1","unitId":"10510@pre2025","coreMemberIds":[],"established":"2019-12-15"}', 'm1', '10510@pre2025', '2019-12-15', 'self_help');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g49', '{"id":"g49","name":"Group 49","kind":"club","modelId":"m3","unitId":"11455@pre2025","coreMemberIds":[],"established":"2018-03-28"}', 'm3', '11455@pre2025', '2018-03-28', 'club');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g5', '{"id":"g5","name":"Group 5","kind":"peer","unitId":"30292@2025","coreMemberIds":[],"established":"2019-12-14"}', NULL, '30292@2025', '2019-12-14', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g7', '{"id":"g7","name":"Group 7","kind":"peer","modelId":"m3","unitId":"11455@pre2025","coreMemberIds":[],"established":"2023-03-30"}', 'm3', '11455@pre2025', '2023-03-30', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('g9', '{"id":"g9","name":"Group 9","kind":"peer","modelId":"m3","unitId":"06649@pre2025","coreMemberIds":[],"established":"2019-09-15"}', 'm3', '06649@pre2025', '2019-09-15', 'peer');
INSERT INTO pctnxh_fixture.pctnxh_group VALUES ('group-1', '{"id":"group-1","name":"Câu lạc bộ Chúng tôi là phụ nữ","kind":"club","modelId":"model-1","unitId":"11455@pre2025","hotline":"18006605","coreMemberIds":["pseudo-a"],"established":"2019-03-01"}', 'model-1', '11455@pre2025', '2019-03-01', 'club');


--
-- Data for Name: pctnxh_incident; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_incident VALUES ('incident-1', '{"id":"incident-1","nature":"loss","detectedAt":"2026-01-05T08:30:00Z","deadline":"2026-01-08T08:30:00Z","kinds":["serviceEvent"],"classes":["quasi","sensitive"],"personsAffected":12,"summary":"Mất một máy tính bảng ghi sổ tiếp cận","reportedBy":"officer-1"}');


--
-- Data for Name: pctnxh_inspection_round; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_inspection_round VALUES ('round-1', '{"id":"round-1","teamLevel":"province","unitId":"11455@pre2025","start":"2019-04-01","end":"2019-04-10"}');


--
-- Data for Name: pctnxh_inspection_visit; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-000', '{"id":"qn-2019-000","roundId":"qn-round-0","establishmentId":"qn-est-0","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-02","outcome":"violation","fine":3800000}', 'qn-round-0', 'qn-est-0', 'karaoke', '06649@pre2025', '2019-01-02', 'violation', 3800000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-001', '{"id":"qn-2019-001","roundId":"qn-round-1","establishmentId":"qn-est-1","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-03","outcome":"violation","fine":3300000}', 'qn-round-1', 'qn-est-1', 'massage', '06649@pre2025', '2019-01-03', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-002', '{"id":"qn-2019-002","roundId":"qn-round-2","establishmentId":"qn-est-2","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-04","outcome":"violation","fine":3300000}', 'qn-round-2', 'qn-est-2', 'guesthouse', '06649@pre2025', '2019-01-04', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-003', '{"id":"qn-2019-003","roundId":"qn-round-3","establishmentId":"qn-est-3","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-05","outcome":"violation","fine":3300000}', 'qn-round-3', 'qn-est-3', 'karaoke', '06649@pre2025', '2019-01-05', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-004', '{"id":"qn-2019-004","roundId":"qn-round-4","establishmentId":"qn-est-4","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-06","outcome":"violation","fine":3300000}', 'qn-round-4', 'qn-est-4', 'massage', '06649@pre2025', '2019-01-06', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-005', '{"id":"qn-2019-005","roundId":"qn-round-5","establishmentId":"qn-est-5","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-07","outcome":"violation","fine":3300000}', 'qn-round-5', 'qn-est-5', 'guesthouse', '06649@pre2025', '2019-01-07', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-006', '{"id":"qn-2019-006","roundId":"qn-round-6","establishmentId":"qn-est-6","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-08","outcome":"violation","fine":3300000}', 'qn-round-6', 'qn-est-6', 'karaoke', '06649@pre2025', '2019-01-08', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-007', '{"id":"qn-2019-007","roundId":"qn-round-7","establishmentId":"qn-est-7","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-09","outcome":"violation","fine":3300000}', 'qn-round-7', 'qn-est-7', 'massage', '06649@pre2025', '2019-01-09', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-008', '{"id":"qn-2019-008","roundId":"qn-round-8","establishmentId":"qn-est-8","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-10","outcome":"violation","fine":3300000}', 'qn-round-8', 'qn-est-8', 'guesthouse', '06649@pre2025', '2019-01-10', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-009', '{"id":"qn-2019-009","roundId":"qn-round-9","establishmentId":"qn-est-9","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-11","outcome":"violation","fine":3300000}', 'qn-round-9', 'qn-est-9', 'karaoke', '06649@pre2025', '2019-01-11', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-010', '{"id":"qn-2019-010","roundId":"qn-round-10","establishmentId":"qn-est-10","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-12","outcome":"violation","fine":3300000}', 'qn-round-10', 'qn-est-10', 'massage', '06649@pre2025', '2019-01-12', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-011', '{"id":"qn-2019-011","roundId":"qn-round-11","establishmentId":"qn-est-11","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-13","outcome":"violation","fine":3300000}', 'qn-round-11', 'qn-est-11', 'guesthouse', '06649@pre2025', '2019-01-13', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-012', '{"id":"qn-2019-012","roundId":"qn-round-12","establishmentId":"qn-est-12","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-14","outcome":"violation","fine":3300000}', 'qn-round-12', 'qn-est-12', 'karaoke', '06649@pre2025', '2019-01-14', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-013', '{"id":"qn-2019-013","roundId":"qn-round-13","establishmentId":"qn-est-13","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-15","outcome":"violation","fine":3300000}', 'qn-round-13', 'qn-est-13', 'massage', '06649@pre2025', '2019-01-15', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-014', '{"id":"qn-2019-014","roundId":"qn-round-14","establishmentId":"qn-est-14","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-16","outcome":"violation","fine":3300000}', 'qn-round-14', 'qn-est-14', 'guesthouse', '06649@pre2025', '2019-01-16', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-015', '{"id":"qn-2019-015","roundId":"qn-round-15","establishmentId":"qn-est-15","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-17","outcome":"violation","fine":3300000}', 'qn-round-15', 'qn-est-15', 'karaoke', '06649@pre2025', '2019-01-17', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-016', '{"id":"qn-2019-016","roundId":"qn-round-16","establishmentId":"qn-est-16","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-18","outcome":"violation","fine":3300000}', 'qn-round-16', 'qn-est-16', 'massage', '06649@pre2025', '2019-01-18', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-017', '{"id":"qn-2019-017","roundId":"qn-round-17","establishmentId":"qn-est-17","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-19","outcome":"violation","fine":3300000}', 'qn-round-17', 'qn-est-17', 'guesthouse', '06649@pre2025', '2019-01-19', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-018', '{"id":"qn-2019-018","roundId":"qn-round-18","establishmentId":"qn-est-18","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-20","outcome":"violation","fine":3300000}', 'qn-round-18', 'qn-est-18', 'karaoke', '06649@pre2025', '2019-01-20', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-019', '{"id":"qn-2019-019","roundId":"qn-round-19","establishmentId":"qn-est-19","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-21","outcome":"violation","fine":3300000}', 'qn-round-19', 'qn-est-19', 'massage', '06649@pre2025', '2019-01-21', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-020', '{"id":"qn-2019-020","roundId":"qn-round-20","establishmentId":"qn-est-20","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-22","outcome":"violation","fine":3300000}', 'qn-round-20', 'qn-est-20', 'guesthouse', '06649@pre2025', '2019-01-22', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-021', '{"id":"qn-2019-021","roundId":"qn-round-21","establishmentId":"qn-est-21","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-23","outcome":"violation","fine":3300000}', 'qn-round-21', 'qn-est-21', 'karaoke', '06649@pre2025', '2019-01-23', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-022', '{"id":"qn-2019-022","roundId":"qn-round-22","establishmentId":"qn-est-22","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-24","outcome":"violation","fine":3300000}', 'qn-round-22', 'qn-est-22', 'massage', '06649@pre2025', '2019-01-24', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-023', '{"id":"qn-2019-023","roundId":"qn-round-23","establishmentId":"qn-est-23","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-25","outcome":"violation","fine":3300000}', 'qn-round-23', 'qn-est-23', 'guesthouse', '06649@pre2025', '2019-01-25', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-024', '{"id":"qn-2019-024","roundId":"qn-round-24","establishmentId":"qn-est-24","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-26","outcome":"violation","fine":3300000}', 'qn-round-24', 'qn-est-24', 'karaoke', '06649@pre2025', '2019-01-26', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-025', '{"id":"qn-2019-025","roundId":"qn-round-25","establishmentId":"qn-est-25","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-27","outcome":"violation","fine":3300000}', 'qn-round-25', 'qn-est-25', 'massage', '06649@pre2025', '2019-01-27', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-026', '{"id":"qn-2019-026","roundId":"qn-round-26","establishmentId":"qn-est-26","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-28","outcome":"violation","fine":3300000}', 'qn-round-26', 'qn-est-26', 'guesthouse', '06649@pre2025', '2019-01-28', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-027', '{"id":"qn-2019-027","roundId":"qn-round-27","establishmentId":"qn-est-27","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-29","outcome":"violation","fine":3300000}', 'qn-round-27', 'qn-est-27', 'karaoke', '06649@pre2025', '2019-01-29', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-028', '{"id":"qn-2019-028","roundId":"qn-round-28","establishmentId":"qn-est-28","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-30","outcome":"violation","fine":3300000}', 'qn-round-28', 'qn-est-28', 'massage', '06649@pre2025', '2019-01-30', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-029', '{"id":"qn-2019-029","roundId":"qn-round-29","establishmentId":"qn-est-29","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-31","outcome":"violation","fine":3300000}', 'qn-round-29', 'qn-est-29', 'guesthouse', '06649@pre2025', '2019-01-31', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-030', '{"id":"qn-2019-030","roundId":"qn-round-30","establishmentId":"qn-est-30","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-01","outcome":"violation","fine":3300000}', 'qn-round-30', 'qn-est-30', 'karaoke', '06649@pre2025', '2019-02-01', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-031', '{"id":"qn-2019-031","roundId":"qn-round-31","establishmentId":"qn-est-31","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-02","outcome":"violation","fine":3300000}', 'qn-round-31', 'qn-est-31', 'massage', '06649@pre2025', '2019-02-02', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-032', '{"id":"qn-2019-032","roundId":"qn-round-32","establishmentId":"qn-est-32","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-03","outcome":"violation","fine":3300000}', 'qn-round-32', 'qn-est-32', 'guesthouse', '06649@pre2025', '2019-02-03', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-033', '{"id":"qn-2019-033","roundId":"qn-round-33","establishmentId":"qn-est-33","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-04","outcome":"violation","fine":3300000}', 'qn-round-33', 'qn-est-33', 'karaoke', '06649@pre2025', '2019-02-04', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-034', '{"id":"qn-2019-034","roundId":"qn-round-34","establishmentId":"qn-est-34","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-05","outcome":"violation","fine":3300000}', 'qn-round-34', 'qn-est-34', 'massage', '06649@pre2025', '2019-02-05', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-035', '{"id":"qn-2019-035","roundId":"qn-round-35","establishmentId":"qn-est-35","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-06","outcome":"violation","fine":3300000}', 'qn-round-35', 'qn-est-35', 'guesthouse', '06649@pre2025', '2019-02-06', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-036', '{"id":"qn-2019-036","roundId":"qn-round-36","establishmentId":"qn-est-36","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-07","outcome":"violation","fine":3300000}', 'qn-round-36', 'qn-est-36', 'karaoke', '06649@pre2025', '2019-02-07', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-037', '{"id":"qn-2019-037","roundId":"qn-round-37","establishmentId":"qn-est-37","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-08","outcome":"violation","fine":3300000}', 'qn-round-37', 'qn-est-37', 'massage', '06649@pre2025', '2019-02-08', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-038', '{"id":"qn-2019-038","roundId":"qn-round-38","establishmentId":"qn-est-38","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-09","outcome":"violation","fine":3300000}', 'qn-round-38', 'qn-est-38', 'guesthouse', '06649@pre2025', '2019-02-09', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-039', '{"id":"qn-2019-039","roundId":"qn-round-39","establishmentId":"qn-est-39","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-10","outcome":"violation","fine":3300000}', 'qn-round-39', 'qn-est-39', 'karaoke', '06649@pre2025', '2019-02-10', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-040', '{"id":"qn-2019-040","roundId":"qn-round-40","establishmentId":"qn-est-40","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-11","outcome":"violation","fine":3300000}', 'qn-round-40', 'qn-est-40', 'massage', '06649@pre2025', '2019-02-11', 'violation', 3300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-041', '{"id":"qn-2019-041","roundId":"qn-round-41","establishmentId":"qn-est-41","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-12","outcome":"reminder"}', 'qn-round-41', 'qn-est-41', 'guesthouse', '06649@pre2025', '2019-02-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-042', '{"id":"qn-2019-042","roundId":"qn-round-42","establishmentId":"qn-est-42","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-13","outcome":"reminder"}', 'qn-round-42', 'qn-est-42', 'karaoke', '06649@pre2025', '2019-02-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-043', '{"id":"qn-2019-043","roundId":"qn-round-43","establishmentId":"qn-est-43","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-14","outcome":"reminder"}', 'qn-round-43', 'qn-est-43', 'massage', '06649@pre2025', '2019-02-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-044', '{"id":"qn-2019-044","roundId":"qn-round-44","establishmentId":"qn-est-44","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-15","outcome":"reminder"}', 'qn-round-44', 'qn-est-44', 'guesthouse', '06649@pre2025', '2019-02-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-045', '{"id":"qn-2019-045","roundId":"qn-round-45","establishmentId":"qn-est-45","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-16","outcome":"reminder"}', 'qn-round-45', 'qn-est-45', 'karaoke', '06649@pre2025', '2019-02-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-046', '{"id":"qn-2019-046","roundId":"qn-round-46","establishmentId":"qn-est-46","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-17","outcome":"reminder"}', 'qn-round-46', 'qn-est-46', 'massage', '06649@pre2025', '2019-02-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-047', '{"id":"qn-2019-047","roundId":"qn-round-47","establishmentId":"qn-est-47","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-18","outcome":"reminder"}', 'qn-round-47', 'qn-est-47', 'guesthouse', '06649@pre2025', '2019-02-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-048', '{"id":"qn-2019-048","roundId":"qn-round-48","establishmentId":"qn-est-48","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-19","outcome":"reminder"}', 'qn-round-48', 'qn-est-48', 'karaoke', '06649@pre2025', '2019-02-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-049', '{"id":"qn-2019-049","roundId":"qn-round-49","establishmentId":"qn-est-49","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-20","outcome":"reminder"}', 'qn-round-49', 'qn-est-49', 'massage', '06649@pre2025', '2019-02-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-050', '{"id":"qn-2019-050","roundId":"qn-round-50","establishmentId":"qn-est-50","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-21","outcome":"reminder"}', 'qn-round-50', 'qn-est-50', 'guesthouse', '06649@pre2025', '2019-02-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-051', '{"id":"qn-2019-051","roundId":"qn-round-0","establishmentId":"qn-est-51","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-22","outcome":"reminder"}', 'qn-round-0', 'qn-est-51', 'karaoke', '06649@pre2025', '2019-02-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-052', '{"id":"qn-2019-052","roundId":"qn-round-1","establishmentId":"qn-est-52","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-23","outcome":"reminder"}', 'qn-round-1', 'qn-est-52', 'massage', '06649@pre2025', '2019-02-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-053', '{"id":"qn-2019-053","roundId":"qn-round-2","establishmentId":"qn-est-53","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-24","outcome":"reminder"}', 'qn-round-2', 'qn-est-53', 'guesthouse', '06649@pre2025', '2019-02-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-054', '{"id":"qn-2019-054","roundId":"qn-round-3","establishmentId":"qn-est-54","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-25","outcome":"reminder"}', 'qn-round-3', 'qn-est-54', 'karaoke', '06649@pre2025', '2019-02-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-055', '{"id":"qn-2019-055","roundId":"qn-round-4","establishmentId":"qn-est-55","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-26","outcome":"reminder"}', 'qn-round-4', 'qn-est-55', 'massage', '06649@pre2025', '2019-02-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-056', '{"id":"qn-2019-056","roundId":"qn-round-5","establishmentId":"qn-est-56","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-27","outcome":"reminder"}', 'qn-round-5', 'qn-est-56', 'guesthouse', '06649@pre2025', '2019-02-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-057', '{"id":"qn-2019-057","roundId":"qn-round-6","establishmentId":"qn-est-57","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-28","outcome":"reminder"}', 'qn-round-6', 'qn-est-57', 'karaoke', '06649@pre2025', '2019-02-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-058', '{"id":"qn-2019-058","roundId":"qn-round-7","establishmentId":"qn-est-58","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-01","outcome":"reminder"}', 'qn-round-7', 'qn-est-58', 'massage', '06649@pre2025', '2019-03-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-059', '{"id":"qn-2019-059","roundId":"qn-round-8","establishmentId":"qn-est-59","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-02","outcome":"reminder"}', 'qn-round-8', 'qn-est-59', 'guesthouse', '06649@pre2025', '2019-03-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-060', '{"id":"qn-2019-060","roundId":"qn-round-9","establishmentId":"qn-est-60","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-03","outcome":"reminder"}', 'qn-round-9', 'qn-est-60', 'karaoke', '06649@pre2025', '2019-03-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-061', '{"id":"qn-2019-061","roundId":"qn-round-10","establishmentId":"qn-est-61","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-04","outcome":"reminder"}', 'qn-round-10', 'qn-est-61', 'massage', '06649@pre2025', '2019-03-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-062', '{"id":"qn-2019-062","roundId":"qn-round-11","establishmentId":"qn-est-62","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-05","outcome":"reminder"}', 'qn-round-11', 'qn-est-62', 'guesthouse', '06649@pre2025', '2019-03-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-063', '{"id":"qn-2019-063","roundId":"qn-round-12","establishmentId":"qn-est-63","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-06","outcome":"reminder"}', 'qn-round-12', 'qn-est-63', 'karaoke', '06649@pre2025', '2019-03-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-064', '{"id":"qn-2019-064","roundId":"qn-round-13","establishmentId":"qn-est-64","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-07","outcome":"reminder"}', 'qn-round-13', 'qn-est-64', 'massage', '06649@pre2025', '2019-03-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-065', '{"id":"qn-2019-065","roundId":"qn-round-14","establishmentId":"qn-est-65","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-08","outcome":"reminder"}', 'qn-round-14', 'qn-est-65', 'guesthouse', '06649@pre2025', '2019-03-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-066', '{"id":"qn-2019-066","roundId":"qn-round-15","establishmentId":"qn-est-66","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-09","outcome":"reminder"}', 'qn-round-15', 'qn-est-66', 'karaoke', '06649@pre2025', '2019-03-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-067', '{"id":"qn-2019-067","roundId":"qn-round-16","establishmentId":"qn-est-67","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-10","outcome":"reminder"}', 'qn-round-16', 'qn-est-67', 'massage', '06649@pre2025', '2019-03-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-068', '{"id":"qn-2019-068","roundId":"qn-round-17","establishmentId":"qn-est-68","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-11","outcome":"reminder"}', 'qn-round-17', 'qn-est-68', 'guesthouse', '06649@pre2025', '2019-03-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-069', '{"id":"qn-2019-069","roundId":"qn-round-18","establishmentId":"qn-est-69","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-12","outcome":"reminder"}', 'qn-round-18', 'qn-est-69', 'karaoke', '06649@pre2025', '2019-03-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-070', '{"id":"qn-2019-070","roundId":"qn-round-19","establishmentId":"qn-est-70","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-13","outcome":"reminder"}', 'qn-round-19', 'qn-est-70', 'massage', '06649@pre2025', '2019-03-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-071', '{"id":"qn-2019-071","roundId":"qn-round-20","establishmentId":"qn-est-71","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-14","outcome":"reminder"}', 'qn-round-20', 'qn-est-71', 'guesthouse', '06649@pre2025', '2019-03-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-072', '{"id":"qn-2019-072","roundId":"qn-round-21","establishmentId":"qn-est-72","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-15","outcome":"reminder"}', 'qn-round-21', 'qn-est-72', 'karaoke', '06649@pre2025', '2019-03-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-073', '{"id":"qn-2019-073","roundId":"qn-round-22","establishmentId":"qn-est-73","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-16","outcome":"reminder"}', 'qn-round-22', 'qn-est-73', 'massage', '06649@pre2025', '2019-03-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-074', '{"id":"qn-2019-074","roundId":"qn-round-23","establishmentId":"qn-est-74","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-17","outcome":"reminder"}', 'qn-round-23', 'qn-est-74', 'guesthouse', '06649@pre2025', '2019-03-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-075', '{"id":"qn-2019-075","roundId":"qn-round-24","establishmentId":"qn-est-75","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-18","outcome":"reminder"}', 'qn-round-24', 'qn-est-75', 'karaoke', '06649@pre2025', '2019-03-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-076', '{"id":"qn-2019-076","roundId":"qn-round-25","establishmentId":"qn-est-76","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-19","outcome":"reminder"}', 'qn-round-25', 'qn-est-76', 'massage', '06649@pre2025', '2019-03-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-077', '{"id":"qn-2019-077","roundId":"qn-round-26","establishmentId":"qn-est-77","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-20","outcome":"reminder"}', 'qn-round-26', 'qn-est-77', 'guesthouse', '06649@pre2025', '2019-03-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-078', '{"id":"qn-2019-078","roundId":"qn-round-27","establishmentId":"qn-est-78","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-21","outcome":"reminder"}', 'qn-round-27', 'qn-est-78', 'karaoke', '06649@pre2025', '2019-03-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-079', '{"id":"qn-2019-079","roundId":"qn-round-28","establishmentId":"qn-est-79","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-22","outcome":"reminder"}', 'qn-round-28', 'qn-est-79', 'massage', '06649@pre2025', '2019-03-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-080', '{"id":"qn-2019-080","roundId":"qn-round-29","establishmentId":"qn-est-80","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-23","outcome":"reminder"}', 'qn-round-29', 'qn-est-80', 'guesthouse', '06649@pre2025', '2019-03-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-081', '{"id":"qn-2019-081","roundId":"qn-round-30","establishmentId":"qn-est-81","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-24","outcome":"reminder"}', 'qn-round-30', 'qn-est-81', 'karaoke', '06649@pre2025', '2019-03-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-082', '{"id":"qn-2019-082","roundId":"qn-round-31","establishmentId":"qn-est-82","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-25","outcome":"reminder"}', 'qn-round-31', 'qn-est-82', 'massage', '06649@pre2025', '2019-03-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-083', '{"id":"qn-2019-083","roundId":"qn-round-32","establishmentId":"qn-est-83","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-26","outcome":"reminder"}', 'qn-round-32', 'qn-est-83', 'guesthouse', '06649@pre2025', '2019-03-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-084', '{"id":"qn-2019-084","roundId":"qn-round-33","establishmentId":"qn-est-84","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-27","outcome":"reminder"}', 'qn-round-33', 'qn-est-84', 'karaoke', '06649@pre2025', '2019-03-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-085', '{"id":"qn-2019-085","roundId":"qn-round-34","establishmentId":"qn-est-85","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-28","outcome":"reminder"}', 'qn-round-34', 'qn-est-85', 'massage', '06649@pre2025', '2019-03-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-086', '{"id":"qn-2019-086","roundId":"qn-round-35","establishmentId":"qn-est-86","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-29","outcome":"reminder"}', 'qn-round-35', 'qn-est-86', 'guesthouse', '06649@pre2025', '2019-03-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-087', '{"id":"qn-2019-087","roundId":"qn-round-36","establishmentId":"qn-est-87","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-30","outcome":"reminder"}', 'qn-round-36', 'qn-est-87', 'karaoke', '06649@pre2025', '2019-03-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-088', '{"id":"qn-2019-088","roundId":"qn-round-37","establishmentId":"qn-est-88","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-31","outcome":"reminder"}', 'qn-round-37', 'qn-est-88', 'massage', '06649@pre2025', '2019-03-31', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-089', '{"id":"qn-2019-089","roundId":"qn-round-38","establishmentId":"qn-est-89","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-01","outcome":"reminder"}', 'qn-round-38', 'qn-est-89', 'guesthouse', '06649@pre2025', '2019-04-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-090', '{"id":"qn-2019-090","roundId":"qn-round-39","establishmentId":"qn-est-90","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-02","outcome":"reminder"}', 'qn-round-39', 'qn-est-90', 'karaoke', '06649@pre2025', '2019-04-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-091', '{"id":"qn-2019-091","roundId":"qn-round-40","establishmentId":"qn-est-91","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-03","outcome":"reminder"}', 'qn-round-40', 'qn-est-91', 'massage', '06649@pre2025', '2019-04-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-092', '{"id":"qn-2019-092","roundId":"qn-round-41","establishmentId":"qn-est-92","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-04","outcome":"reminder"}', 'qn-round-41', 'qn-est-92', 'guesthouse', '06649@pre2025', '2019-04-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-093', '{"id":"qn-2019-093","roundId":"qn-round-42","establishmentId":"qn-est-93","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-05","outcome":"reminder"}', 'qn-round-42', 'qn-est-93', 'karaoke', '06649@pre2025', '2019-04-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-094', '{"id":"qn-2019-094","roundId":"qn-round-43","establishmentId":"qn-est-94","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-06","outcome":"reminder"}', 'qn-round-43', 'qn-est-94', 'massage', '06649@pre2025', '2019-04-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-095', '{"id":"qn-2019-095","roundId":"qn-round-44","establishmentId":"qn-est-95","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-07","outcome":"reminder"}', 'qn-round-44', 'qn-est-95', 'guesthouse', '06649@pre2025', '2019-04-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-096', '{"id":"qn-2019-096","roundId":"qn-round-45","establishmentId":"qn-est-96","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-08","outcome":"reminder"}', 'qn-round-45', 'qn-est-96', 'karaoke', '06649@pre2025', '2019-04-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-097', '{"id":"qn-2019-097","roundId":"qn-round-46","establishmentId":"qn-est-97","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-09","outcome":"reminder"}', 'qn-round-46', 'qn-est-97', 'massage', '06649@pre2025', '2019-04-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-098', '{"id":"qn-2019-098","roundId":"qn-round-47","establishmentId":"qn-est-98","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-10","outcome":"reminder"}', 'qn-round-47', 'qn-est-98', 'guesthouse', '06649@pre2025', '2019-04-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-099', '{"id":"qn-2019-099","roundId":"qn-round-48","establishmentId":"qn-est-99","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-11","outcome":"reminder"}', 'qn-round-48', 'qn-est-99', 'karaoke', '06649@pre2025', '2019-04-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-100', '{"id":"qn-2019-100","roundId":"qn-round-49","establishmentId":"qn-est-100","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-12","outcome":"reminder"}', 'qn-round-49', 'qn-est-100', 'massage', '06649@pre2025', '2019-04-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-101', '{"id":"qn-2019-101","roundId":"qn-round-50","establishmentId":"qn-est-101","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-13","outcome":"reminder"}', 'qn-round-50', 'qn-est-101', 'guesthouse', '06649@pre2025', '2019-04-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-102', '{"id":"qn-2019-102","roundId":"qn-round-0","establishmentId":"qn-est-102","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-14","outcome":"reminder"}', 'qn-round-0', 'qn-est-102', 'karaoke', '06649@pre2025', '2019-04-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-103', '{"id":"qn-2019-103","roundId":"qn-round-1","establishmentId":"qn-est-103","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-15","outcome":"reminder"}', 'qn-round-1', 'qn-est-103', 'massage', '06649@pre2025', '2019-04-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-104', '{"id":"qn-2019-104","roundId":"qn-round-2","establishmentId":"qn-est-104","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-16","outcome":"reminder"}', 'qn-round-2', 'qn-est-104', 'guesthouse', '06649@pre2025', '2019-04-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-105', '{"id":"qn-2019-105","roundId":"qn-round-3","establishmentId":"qn-est-105","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-17","outcome":"reminder"}', 'qn-round-3', 'qn-est-105', 'karaoke', '06649@pre2025', '2019-04-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-106', '{"id":"qn-2019-106","roundId":"qn-round-4","establishmentId":"qn-est-106","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-18","outcome":"reminder"}', 'qn-round-4', 'qn-est-106', 'massage', '06649@pre2025', '2019-04-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-107', '{"id":"qn-2019-107","roundId":"qn-round-5","establishmentId":"qn-est-107","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-19","outcome":"reminder"}', 'qn-round-5', 'qn-est-107', 'guesthouse', '06649@pre2025', '2019-04-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v3127', '{"id":"v3127","roundId":"r4","establishmentId":"s6","establishmentType":"hotel","unitId":"30736@pre2025","date":"2023-10-09","outcome":"violation","fine":700000}', 'r4', 's6', 'hotel', '30736@pre2025', '2023-10-09', 'violation', 700000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-108', '{"id":"qn-2019-108","roundId":"qn-round-6","establishmentId":"qn-est-108","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-20","outcome":"reminder"}', 'qn-round-6', 'qn-est-108', 'karaoke', '06649@pre2025', '2019-04-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-109', '{"id":"qn-2019-109","roundId":"qn-round-7","establishmentId":"qn-est-109","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-21","outcome":"reminder"}', 'qn-round-7', 'qn-est-109', 'massage', '06649@pre2025', '2019-04-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-110', '{"id":"qn-2019-110","roundId":"qn-round-8","establishmentId":"qn-est-110","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-22","outcome":"reminder"}', 'qn-round-8', 'qn-est-110', 'guesthouse', '06649@pre2025', '2019-04-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-111', '{"id":"qn-2019-111","roundId":"qn-round-9","establishmentId":"qn-est-111","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-23","outcome":"reminder"}', 'qn-round-9', 'qn-est-111', 'karaoke', '06649@pre2025', '2019-04-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-112', '{"id":"qn-2019-112","roundId":"qn-round-10","establishmentId":"qn-est-112","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-24","outcome":"reminder"}', 'qn-round-10', 'qn-est-112', 'massage', '06649@pre2025', '2019-04-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-113', '{"id":"qn-2019-113","roundId":"qn-round-11","establishmentId":"qn-est-113","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-25","outcome":"reminder"}', 'qn-round-11', 'qn-est-113', 'guesthouse', '06649@pre2025', '2019-04-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-114', '{"id":"qn-2019-114","roundId":"qn-round-12","establishmentId":"qn-est-114","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-26","outcome":"reminder"}', 'qn-round-12', 'qn-est-114', 'karaoke', '06649@pre2025', '2019-04-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-115', '{"id":"qn-2019-115","roundId":"qn-round-13","establishmentId":"qn-est-115","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-27","outcome":"reminder"}', 'qn-round-13', 'qn-est-115', 'massage', '06649@pre2025', '2019-04-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-116', '{"id":"qn-2019-116","roundId":"qn-round-14","establishmentId":"qn-est-116","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-28","outcome":"reminder"}', 'qn-round-14', 'qn-est-116', 'guesthouse', '06649@pre2025', '2019-04-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-117', '{"id":"qn-2019-117","roundId":"qn-round-15","establishmentId":"qn-est-117","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-29","outcome":"reminder"}', 'qn-round-15', 'qn-est-117', 'karaoke', '06649@pre2025', '2019-04-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-118', '{"id":"qn-2019-118","roundId":"qn-round-16","establishmentId":"qn-est-118","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-30","outcome":"reminder"}', 'qn-round-16', 'qn-est-118', 'massage', '06649@pre2025', '2019-04-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-119', '{"id":"qn-2019-119","roundId":"qn-round-17","establishmentId":"qn-est-119","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-01","outcome":"reminder"}', 'qn-round-17', 'qn-est-119', 'guesthouse', '06649@pre2025', '2019-05-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-120', '{"id":"qn-2019-120","roundId":"qn-round-18","establishmentId":"qn-est-120","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-02","outcome":"reminder"}', 'qn-round-18', 'qn-est-120', 'karaoke', '06649@pre2025', '2019-05-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-121', '{"id":"qn-2019-121","roundId":"qn-round-19","establishmentId":"qn-est-121","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-03","outcome":"reminder"}', 'qn-round-19', 'qn-est-121', 'massage', '06649@pre2025', '2019-05-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-122', '{"id":"qn-2019-122","roundId":"qn-round-20","establishmentId":"qn-est-122","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-04","outcome":"reminder"}', 'qn-round-20', 'qn-est-122', 'guesthouse', '06649@pre2025', '2019-05-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-123', '{"id":"qn-2019-123","roundId":"qn-round-21","establishmentId":"qn-est-123","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-05","outcome":"reminder"}', 'qn-round-21', 'qn-est-123', 'karaoke', '06649@pre2025', '2019-05-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-124', '{"id":"qn-2019-124","roundId":"qn-round-22","establishmentId":"qn-est-124","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-06","outcome":"reminder"}', 'qn-round-22', 'qn-est-124', 'massage', '06649@pre2025', '2019-05-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-125', '{"id":"qn-2019-125","roundId":"qn-round-23","establishmentId":"qn-est-125","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-07","outcome":"reminder"}', 'qn-round-23', 'qn-est-125', 'guesthouse', '06649@pre2025', '2019-05-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-126', '{"id":"qn-2019-126","roundId":"qn-round-24","establishmentId":"qn-est-126","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-08","outcome":"reminder"}', 'qn-round-24', 'qn-est-126', 'karaoke', '06649@pre2025', '2019-05-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-127', '{"id":"qn-2019-127","roundId":"qn-round-25","establishmentId":"qn-est-127","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-09","outcome":"reminder"}', 'qn-round-25', 'qn-est-127', 'massage', '06649@pre2025', '2019-05-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-128', '{"id":"qn-2019-128","roundId":"qn-round-26","establishmentId":"qn-est-128","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-10","outcome":"reminder"}', 'qn-round-26', 'qn-est-128', 'guesthouse', '06649@pre2025', '2019-05-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-129', '{"id":"qn-2019-129","roundId":"qn-round-27","establishmentId":"qn-est-129","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-11","outcome":"reminder"}', 'qn-round-27', 'qn-est-129', 'karaoke', '06649@pre2025', '2019-05-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-130', '{"id":"qn-2019-130","roundId":"qn-round-28","establishmentId":"qn-est-130","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-12","outcome":"reminder"}', 'qn-round-28', 'qn-est-130', 'massage', '06649@pre2025', '2019-05-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-131', '{"id":"qn-2019-131","roundId":"qn-round-29","establishmentId":"qn-est-131","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-13","outcome":"reminder"}', 'qn-round-29', 'qn-est-131', 'guesthouse', '06649@pre2025', '2019-05-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-132', '{"id":"qn-2019-132","roundId":"qn-round-30","establishmentId":"qn-est-132","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-14","outcome":"reminder"}', 'qn-round-30', 'qn-est-132', 'karaoke', '06649@pre2025', '2019-05-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-133', '{"id":"qn-2019-133","roundId":"qn-round-31","establishmentId":"qn-est-133","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-15","outcome":"reminder"}', 'qn-round-31', 'qn-est-133', 'massage', '06649@pre2025', '2019-05-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-134', '{"id":"qn-2019-134","roundId":"qn-round-32","establishmentId":"qn-est-134","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-16","outcome":"reminder"}', 'qn-round-32', 'qn-est-134', 'guesthouse', '06649@pre2025', '2019-05-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-135', '{"id":"qn-2019-135","roundId":"qn-round-33","establishmentId":"qn-est-135","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-17","outcome":"reminder"}', 'qn-round-33', 'qn-est-135', 'karaoke', '06649@pre2025', '2019-05-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-136', '{"id":"qn-2019-136","roundId":"qn-round-34","establishmentId":"qn-est-136","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-18","outcome":"reminder"}', 'qn-round-34', 'qn-est-136', 'massage', '06649@pre2025', '2019-05-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-137', '{"id":"qn-2019-137","roundId":"qn-round-35","establishmentId":"qn-est-137","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-19","outcome":"reminder"}', 'qn-round-35', 'qn-est-137', 'guesthouse', '06649@pre2025', '2019-05-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-138', '{"id":"qn-2019-138","roundId":"qn-round-36","establishmentId":"qn-est-138","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-20","outcome":"reminder"}', 'qn-round-36', 'qn-est-138', 'karaoke', '06649@pre2025', '2019-05-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-139', '{"id":"qn-2019-139","roundId":"qn-round-37","establishmentId":"qn-est-139","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-21","outcome":"reminder"}', 'qn-round-37', 'qn-est-139', 'massage', '06649@pre2025', '2019-05-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-140', '{"id":"qn-2019-140","roundId":"qn-round-38","establishmentId":"qn-est-140","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-22","outcome":"reminder"}', 'qn-round-38', 'qn-est-140', 'guesthouse', '06649@pre2025', '2019-05-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-141', '{"id":"qn-2019-141","roundId":"qn-round-39","establishmentId":"qn-est-141","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-23","outcome":"reminder"}', 'qn-round-39', 'qn-est-141', 'karaoke', '06649@pre2025', '2019-05-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-142', '{"id":"qn-2019-142","roundId":"qn-round-40","establishmentId":"qn-est-142","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-24","outcome":"reminder"}', 'qn-round-40', 'qn-est-142', 'massage', '06649@pre2025', '2019-05-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-143', '{"id":"qn-2019-143","roundId":"qn-round-41","establishmentId":"qn-est-143","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-25","outcome":"reminder"}', 'qn-round-41', 'qn-est-143', 'guesthouse', '06649@pre2025', '2019-05-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-144', '{"id":"qn-2019-144","roundId":"qn-round-42","establishmentId":"qn-est-144","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-26","outcome":"reminder"}', 'qn-round-42', 'qn-est-144', 'karaoke', '06649@pre2025', '2019-05-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-145', '{"id":"qn-2019-145","roundId":"qn-round-43","establishmentId":"qn-est-145","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-27","outcome":"reminder"}', 'qn-round-43', 'qn-est-145', 'massage', '06649@pre2025', '2019-05-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-146', '{"id":"qn-2019-146","roundId":"qn-round-44","establishmentId":"qn-est-146","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-28","outcome":"reminder"}', 'qn-round-44', 'qn-est-146', 'guesthouse', '06649@pre2025', '2019-05-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-147', '{"id":"qn-2019-147","roundId":"qn-round-45","establishmentId":"qn-est-147","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-05-29","outcome":"reminder"}', 'qn-round-45', 'qn-est-147', 'karaoke', '06649@pre2025', '2019-05-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-148', '{"id":"qn-2019-148","roundId":"qn-round-46","establishmentId":"qn-est-148","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-05-30","outcome":"reminder"}', 'qn-round-46', 'qn-est-148', 'massage', '06649@pre2025', '2019-05-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-149', '{"id":"qn-2019-149","roundId":"qn-round-47","establishmentId":"qn-est-149","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-05-31","outcome":"reminder"}', 'qn-round-47', 'qn-est-149', 'guesthouse', '06649@pre2025', '2019-05-31', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-150', '{"id":"qn-2019-150","roundId":"qn-round-48","establishmentId":"qn-est-150","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-01","outcome":"reminder"}', 'qn-round-48', 'qn-est-150', 'karaoke', '06649@pre2025', '2019-06-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-151', '{"id":"qn-2019-151","roundId":"qn-round-49","establishmentId":"qn-est-151","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-02","outcome":"reminder"}', 'qn-round-49', 'qn-est-151', 'massage', '06649@pre2025', '2019-06-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-152', '{"id":"qn-2019-152","roundId":"qn-round-50","establishmentId":"qn-est-152","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-03","outcome":"reminder"}', 'qn-round-50', 'qn-est-152', 'guesthouse', '06649@pre2025', '2019-06-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-153', '{"id":"qn-2019-153","roundId":"qn-round-0","establishmentId":"qn-est-153","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-04","outcome":"reminder"}', 'qn-round-0', 'qn-est-153', 'karaoke', '06649@pre2025', '2019-06-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-154', '{"id":"qn-2019-154","roundId":"qn-round-1","establishmentId":"qn-est-154","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-05","outcome":"reminder"}', 'qn-round-1', 'qn-est-154', 'massage', '06649@pre2025', '2019-06-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-155', '{"id":"qn-2019-155","roundId":"qn-round-2","establishmentId":"qn-est-155","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-06","outcome":"reminder"}', 'qn-round-2', 'qn-est-155', 'guesthouse', '06649@pre2025', '2019-06-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-156', '{"id":"qn-2019-156","roundId":"qn-round-3","establishmentId":"qn-est-156","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-07","outcome":"reminder"}', 'qn-round-3', 'qn-est-156', 'karaoke', '06649@pre2025', '2019-06-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-157', '{"id":"qn-2019-157","roundId":"qn-round-4","establishmentId":"qn-est-157","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-08","outcome":"reminder"}', 'qn-round-4', 'qn-est-157', 'massage', '06649@pre2025', '2019-06-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-158', '{"id":"qn-2019-158","roundId":"qn-round-5","establishmentId":"qn-est-158","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-09","outcome":"reminder"}', 'qn-round-5', 'qn-est-158', 'guesthouse', '06649@pre2025', '2019-06-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-159', '{"id":"qn-2019-159","roundId":"qn-round-6","establishmentId":"qn-est-159","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-10","outcome":"reminder"}', 'qn-round-6', 'qn-est-159', 'karaoke', '06649@pre2025', '2019-06-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-160', '{"id":"qn-2019-160","roundId":"qn-round-7","establishmentId":"qn-est-160","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-11","outcome":"reminder"}', 'qn-round-7', 'qn-est-160', 'massage', '06649@pre2025', '2019-06-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-161', '{"id":"qn-2019-161","roundId":"qn-round-8","establishmentId":"qn-est-161","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-12","outcome":"reminder"}', 'qn-round-8', 'qn-est-161', 'guesthouse', '06649@pre2025', '2019-06-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-162', '{"id":"qn-2019-162","roundId":"qn-round-9","establishmentId":"qn-est-162","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-13","outcome":"reminder"}', 'qn-round-9', 'qn-est-162', 'karaoke', '06649@pre2025', '2019-06-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-163', '{"id":"qn-2019-163","roundId":"qn-round-10","establishmentId":"qn-est-163","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-14","outcome":"reminder"}', 'qn-round-10', 'qn-est-163', 'massage', '06649@pre2025', '2019-06-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-164', '{"id":"qn-2019-164","roundId":"qn-round-11","establishmentId":"qn-est-164","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-15","outcome":"reminder"}', 'qn-round-11', 'qn-est-164', 'guesthouse', '06649@pre2025', '2019-06-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-165', '{"id":"qn-2019-165","roundId":"qn-round-12","establishmentId":"qn-est-165","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-16","outcome":"reminder"}', 'qn-round-12', 'qn-est-165', 'karaoke', '06649@pre2025', '2019-06-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-166', '{"id":"qn-2019-166","roundId":"qn-round-13","establishmentId":"qn-est-166","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-17","outcome":"reminder"}', 'qn-round-13', 'qn-est-166', 'massage', '06649@pre2025', '2019-06-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-167', '{"id":"qn-2019-167","roundId":"qn-round-14","establishmentId":"qn-est-167","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-18","outcome":"reminder"}', 'qn-round-14', 'qn-est-167', 'guesthouse', '06649@pre2025', '2019-06-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-168', '{"id":"qn-2019-168","roundId":"qn-round-15","establishmentId":"qn-est-168","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-19","outcome":"reminder"}', 'qn-round-15', 'qn-est-168', 'karaoke', '06649@pre2025', '2019-06-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-169', '{"id":"qn-2019-169","roundId":"qn-round-16","establishmentId":"qn-est-169","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-20","outcome":"reminder"}', 'qn-round-16', 'qn-est-169', 'massage', '06649@pre2025', '2019-06-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-170', '{"id":"qn-2019-170","roundId":"qn-round-17","establishmentId":"qn-est-170","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-21","outcome":"reminder"}', 'qn-round-17', 'qn-est-170', 'guesthouse', '06649@pre2025', '2019-06-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-171', '{"id":"qn-2019-171","roundId":"qn-round-18","establishmentId":"qn-est-171","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-22","outcome":"reminder"}', 'qn-round-18', 'qn-est-171', 'karaoke', '06649@pre2025', '2019-06-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-172', '{"id":"qn-2019-172","roundId":"qn-round-19","establishmentId":"qn-est-172","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-23","outcome":"reminder"}', 'qn-round-19', 'qn-est-172', 'massage', '06649@pre2025', '2019-06-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-173', '{"id":"qn-2019-173","roundId":"qn-round-20","establishmentId":"qn-est-173","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-24","outcome":"reminder"}', 'qn-round-20', 'qn-est-173', 'guesthouse', '06649@pre2025', '2019-06-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-174', '{"id":"qn-2019-174","roundId":"qn-round-21","establishmentId":"qn-est-174","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-25","outcome":"reminder"}', 'qn-round-21', 'qn-est-174', 'karaoke', '06649@pre2025', '2019-06-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-175', '{"id":"qn-2019-175","roundId":"qn-round-22","establishmentId":"qn-est-175","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-26","outcome":"reminder"}', 'qn-round-22', 'qn-est-175', 'massage', '06649@pre2025', '2019-06-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-176', '{"id":"qn-2019-176","roundId":"qn-round-23","establishmentId":"qn-est-176","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-27","outcome":"reminder"}', 'qn-round-23', 'qn-est-176', 'guesthouse', '06649@pre2025', '2019-06-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-177', '{"id":"qn-2019-177","roundId":"qn-round-24","establishmentId":"qn-est-177","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-28","outcome":"reminder"}', 'qn-round-24', 'qn-est-177', 'karaoke', '06649@pre2025', '2019-06-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-178', '{"id":"qn-2019-178","roundId":"qn-round-25","establishmentId":"qn-est-178","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-06-29","outcome":"reminder"}', 'qn-round-25', 'qn-est-178', 'massage', '06649@pre2025', '2019-06-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-179', '{"id":"qn-2019-179","roundId":"qn-round-26","establishmentId":"qn-est-179","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-06-30","outcome":"reminder"}', 'qn-round-26', 'qn-est-179', 'guesthouse', '06649@pre2025', '2019-06-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-180', '{"id":"qn-2019-180","roundId":"qn-round-27","establishmentId":"qn-est-180","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-01","outcome":"reminder"}', 'qn-round-27', 'qn-est-180', 'karaoke', '06649@pre2025', '2019-07-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-181', '{"id":"qn-2019-181","roundId":"qn-round-28","establishmentId":"qn-est-181","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-02","outcome":"reminder"}', 'qn-round-28', 'qn-est-181', 'massage', '06649@pre2025', '2019-07-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-182', '{"id":"qn-2019-182","roundId":"qn-round-29","establishmentId":"qn-est-182","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-03","outcome":"reminder"}', 'qn-round-29', 'qn-est-182', 'guesthouse', '06649@pre2025', '2019-07-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-183', '{"id":"qn-2019-183","roundId":"qn-round-30","establishmentId":"qn-est-183","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-04","outcome":"reminder"}', 'qn-round-30', 'qn-est-183', 'karaoke', '06649@pre2025', '2019-07-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-184', '{"id":"qn-2019-184","roundId":"qn-round-31","establishmentId":"qn-est-184","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-05","outcome":"reminder"}', 'qn-round-31', 'qn-est-184', 'massage', '06649@pre2025', '2019-07-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-185', '{"id":"qn-2019-185","roundId":"qn-round-32","establishmentId":"qn-est-185","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-06","outcome":"reminder"}', 'qn-round-32', 'qn-est-185', 'guesthouse', '06649@pre2025', '2019-07-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-186', '{"id":"qn-2019-186","roundId":"qn-round-33","establishmentId":"qn-est-186","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-07","outcome":"reminder"}', 'qn-round-33', 'qn-est-186', 'karaoke', '06649@pre2025', '2019-07-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-187', '{"id":"qn-2019-187","roundId":"qn-round-34","establishmentId":"qn-est-187","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-08","outcome":"reminder"}', 'qn-round-34', 'qn-est-187', 'massage', '06649@pre2025', '2019-07-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-188', '{"id":"qn-2019-188","roundId":"qn-round-35","establishmentId":"qn-est-188","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-09","outcome":"reminder"}', 'qn-round-35', 'qn-est-188', 'guesthouse', '06649@pre2025', '2019-07-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-189', '{"id":"qn-2019-189","roundId":"qn-round-36","establishmentId":"qn-est-189","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-10","outcome":"reminder"}', 'qn-round-36', 'qn-est-189', 'karaoke', '06649@pre2025', '2019-07-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-190', '{"id":"qn-2019-190","roundId":"qn-round-37","establishmentId":"qn-est-190","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-11","outcome":"reminder"}', 'qn-round-37', 'qn-est-190', 'massage', '06649@pre2025', '2019-07-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-191', '{"id":"qn-2019-191","roundId":"qn-round-38","establishmentId":"qn-est-191","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-12","outcome":"reminder"}', 'qn-round-38', 'qn-est-191', 'guesthouse', '06649@pre2025', '2019-07-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-192', '{"id":"qn-2019-192","roundId":"qn-round-39","establishmentId":"qn-est-192","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-13","outcome":"reminder"}', 'qn-round-39', 'qn-est-192', 'karaoke', '06649@pre2025', '2019-07-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-193', '{"id":"qn-2019-193","roundId":"qn-round-40","establishmentId":"qn-est-193","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-14","outcome":"reminder"}', 'qn-round-40', 'qn-est-193', 'massage', '06649@pre2025', '2019-07-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-194', '{"id":"qn-2019-194","roundId":"qn-round-41","establishmentId":"qn-est-194","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-15","outcome":"reminder"}', 'qn-round-41', 'qn-est-194', 'guesthouse', '06649@pre2025', '2019-07-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-195', '{"id":"qn-2019-195","roundId":"qn-round-42","establishmentId":"qn-est-195","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-16","outcome":"reminder"}', 'qn-round-42', 'qn-est-195', 'karaoke', '06649@pre2025', '2019-07-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-196', '{"id":"qn-2019-196","roundId":"qn-round-43","establishmentId":"qn-est-196","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-17","outcome":"reminder"}', 'qn-round-43', 'qn-est-196', 'massage', '06649@pre2025', '2019-07-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-197', '{"id":"qn-2019-197","roundId":"qn-round-44","establishmentId":"qn-est-197","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-18","outcome":"reminder"}', 'qn-round-44', 'qn-est-197', 'guesthouse', '06649@pre2025', '2019-07-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-198', '{"id":"qn-2019-198","roundId":"qn-round-45","establishmentId":"qn-est-198","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-19","outcome":"reminder"}', 'qn-round-45', 'qn-est-198', 'karaoke', '06649@pre2025', '2019-07-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-199', '{"id":"qn-2019-199","roundId":"qn-round-46","establishmentId":"qn-est-199","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-20","outcome":"reminder"}', 'qn-round-46', 'qn-est-199', 'massage', '06649@pre2025', '2019-07-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-200', '{"id":"qn-2019-200","roundId":"qn-round-47","establishmentId":"qn-est-200","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-21","outcome":"reminder"}', 'qn-round-47', 'qn-est-200', 'guesthouse', '06649@pre2025', '2019-07-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-201', '{"id":"qn-2019-201","roundId":"qn-round-48","establishmentId":"qn-est-201","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-22","outcome":"reminder"}', 'qn-round-48', 'qn-est-201', 'karaoke', '06649@pre2025', '2019-07-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-202', '{"id":"qn-2019-202","roundId":"qn-round-49","establishmentId":"qn-est-202","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-23","outcome":"reminder"}', 'qn-round-49', 'qn-est-202', 'massage', '06649@pre2025', '2019-07-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-203', '{"id":"qn-2019-203","roundId":"qn-round-50","establishmentId":"qn-est-203","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-24","outcome":"reminder"}', 'qn-round-50', 'qn-est-203', 'guesthouse', '06649@pre2025', '2019-07-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-204', '{"id":"qn-2019-204","roundId":"qn-round-0","establishmentId":"qn-est-204","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-25","outcome":"reminder"}', 'qn-round-0', 'qn-est-204', 'karaoke', '06649@pre2025', '2019-07-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-205', '{"id":"qn-2019-205","roundId":"qn-round-1","establishmentId":"qn-est-205","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-26","outcome":"reminder"}', 'qn-round-1', 'qn-est-205', 'massage', '06649@pre2025', '2019-07-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-206', '{"id":"qn-2019-206","roundId":"qn-round-2","establishmentId":"qn-est-206","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-27","outcome":"reminder"}', 'qn-round-2', 'qn-est-206', 'guesthouse', '06649@pre2025', '2019-07-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-207', '{"id":"qn-2019-207","roundId":"qn-round-3","establishmentId":"qn-est-207","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-28","outcome":"reminder"}', 'qn-round-3', 'qn-est-207', 'karaoke', '06649@pre2025', '2019-07-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-208', '{"id":"qn-2019-208","roundId":"qn-round-4","establishmentId":"qn-est-208","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-07-29","outcome":"reminder"}', 'qn-round-4', 'qn-est-208', 'massage', '06649@pre2025', '2019-07-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-209', '{"id":"qn-2019-209","roundId":"qn-round-5","establishmentId":"qn-est-209","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-07-30","outcome":"reminder"}', 'qn-round-5', 'qn-est-209', 'guesthouse', '06649@pre2025', '2019-07-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-210', '{"id":"qn-2019-210","roundId":"qn-round-6","establishmentId":"qn-est-210","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-07-31","outcome":"reminder"}', 'qn-round-6', 'qn-est-210', 'karaoke', '06649@pre2025', '2019-07-31', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-211', '{"id":"qn-2019-211","roundId":"qn-round-7","establishmentId":"qn-est-211","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-01","outcome":"reminder"}', 'qn-round-7', 'qn-est-211', 'massage', '06649@pre2025', '2019-08-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-212', '{"id":"qn-2019-212","roundId":"qn-round-8","establishmentId":"qn-est-212","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-02","outcome":"reminder"}', 'qn-round-8', 'qn-est-212', 'guesthouse', '06649@pre2025', '2019-08-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-213', '{"id":"qn-2019-213","roundId":"qn-round-9","establishmentId":"qn-est-213","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-03","outcome":"reminder"}', 'qn-round-9', 'qn-est-213', 'karaoke', '06649@pre2025', '2019-08-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-214', '{"id":"qn-2019-214","roundId":"qn-round-10","establishmentId":"qn-est-214","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-04","outcome":"reminder"}', 'qn-round-10', 'qn-est-214', 'massage', '06649@pre2025', '2019-08-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-215', '{"id":"qn-2019-215","roundId":"qn-round-11","establishmentId":"qn-est-215","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-05","outcome":"reminder"}', 'qn-round-11', 'qn-est-215', 'guesthouse', '06649@pre2025', '2019-08-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-216', '{"id":"qn-2019-216","roundId":"qn-round-12","establishmentId":"qn-est-216","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-06","outcome":"reminder"}', 'qn-round-12', 'qn-est-216', 'karaoke', '06649@pre2025', '2019-08-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-217', '{"id":"qn-2019-217","roundId":"qn-round-13","establishmentId":"qn-est-217","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-07","outcome":"reminder"}', 'qn-round-13', 'qn-est-217', 'massage', '06649@pre2025', '2019-08-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-218', '{"id":"qn-2019-218","roundId":"qn-round-14","establishmentId":"qn-est-218","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-08","outcome":"reminder"}', 'qn-round-14', 'qn-est-218', 'guesthouse', '06649@pre2025', '2019-08-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-219', '{"id":"qn-2019-219","roundId":"qn-round-15","establishmentId":"qn-est-219","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-09","outcome":"reminder"}', 'qn-round-15', 'qn-est-219', 'karaoke', '06649@pre2025', '2019-08-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-220', '{"id":"qn-2019-220","roundId":"qn-round-16","establishmentId":"qn-est-220","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-10","outcome":"reminder"}', 'qn-round-16', 'qn-est-220', 'massage', '06649@pre2025', '2019-08-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-221', '{"id":"qn-2019-221","roundId":"qn-round-17","establishmentId":"qn-est-221","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-11","outcome":"reminder"}', 'qn-round-17', 'qn-est-221', 'guesthouse', '06649@pre2025', '2019-08-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-222', '{"id":"qn-2019-222","roundId":"qn-round-18","establishmentId":"qn-est-222","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-12","outcome":"reminder"}', 'qn-round-18', 'qn-est-222', 'karaoke', '06649@pre2025', '2019-08-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-223', '{"id":"qn-2019-223","roundId":"qn-round-19","establishmentId":"qn-est-223","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-13","outcome":"reminder"}', 'qn-round-19', 'qn-est-223', 'massage', '06649@pre2025', '2019-08-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-224', '{"id":"qn-2019-224","roundId":"qn-round-20","establishmentId":"qn-est-224","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-14","outcome":"reminder"}', 'qn-round-20', 'qn-est-224', 'guesthouse', '06649@pre2025', '2019-08-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-225', '{"id":"qn-2019-225","roundId":"qn-round-21","establishmentId":"qn-est-225","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-15","outcome":"reminder"}', 'qn-round-21', 'qn-est-225', 'karaoke', '06649@pre2025', '2019-08-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-226', '{"id":"qn-2019-226","roundId":"qn-round-22","establishmentId":"qn-est-226","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-16","outcome":"reminder"}', 'qn-round-22', 'qn-est-226', 'massage', '06649@pre2025', '2019-08-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-227', '{"id":"qn-2019-227","roundId":"qn-round-23","establishmentId":"qn-est-227","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-17","outcome":"reminder"}', 'qn-round-23', 'qn-est-227', 'guesthouse', '06649@pre2025', '2019-08-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-228', '{"id":"qn-2019-228","roundId":"qn-round-24","establishmentId":"qn-est-228","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-18","outcome":"reminder"}', 'qn-round-24', 'qn-est-228', 'karaoke', '06649@pre2025', '2019-08-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-229', '{"id":"qn-2019-229","roundId":"qn-round-25","establishmentId":"qn-est-229","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-19","outcome":"reminder"}', 'qn-round-25', 'qn-est-229', 'massage', '06649@pre2025', '2019-08-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-230', '{"id":"qn-2019-230","roundId":"qn-round-26","establishmentId":"qn-est-230","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-20","outcome":"reminder"}', 'qn-round-26', 'qn-est-230', 'guesthouse', '06649@pre2025', '2019-08-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-231', '{"id":"qn-2019-231","roundId":"qn-round-27","establishmentId":"qn-est-231","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-21","outcome":"reminder"}', 'qn-round-27', 'qn-est-231', 'karaoke', '06649@pre2025', '2019-08-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-232', '{"id":"qn-2019-232","roundId":"qn-round-28","establishmentId":"qn-est-232","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-22","outcome":"reminder"}', 'qn-round-28', 'qn-est-232', 'massage', '06649@pre2025', '2019-08-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-233', '{"id":"qn-2019-233","roundId":"qn-round-29","establishmentId":"qn-est-233","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-23","outcome":"reminder"}', 'qn-round-29', 'qn-est-233', 'guesthouse', '06649@pre2025', '2019-08-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-234', '{"id":"qn-2019-234","roundId":"qn-round-30","establishmentId":"qn-est-234","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-24","outcome":"reminder"}', 'qn-round-30', 'qn-est-234', 'karaoke', '06649@pre2025', '2019-08-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-235', '{"id":"qn-2019-235","roundId":"qn-round-31","establishmentId":"qn-est-235","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-25","outcome":"reminder"}', 'qn-round-31', 'qn-est-235', 'massage', '06649@pre2025', '2019-08-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-236', '{"id":"qn-2019-236","roundId":"qn-round-32","establishmentId":"qn-est-236","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-26","outcome":"reminder"}', 'qn-round-32', 'qn-est-236', 'guesthouse', '06649@pre2025', '2019-08-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-237', '{"id":"qn-2019-237","roundId":"qn-round-33","establishmentId":"qn-est-237","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-27","outcome":"reminder"}', 'qn-round-33', 'qn-est-237', 'karaoke', '06649@pre2025', '2019-08-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-238', '{"id":"qn-2019-238","roundId":"qn-round-34","establishmentId":"qn-est-238","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-28","outcome":"reminder"}', 'qn-round-34', 'qn-est-238', 'massage', '06649@pre2025', '2019-08-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-239', '{"id":"qn-2019-239","roundId":"qn-round-35","establishmentId":"qn-est-239","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-08-29","outcome":"reminder"}', 'qn-round-35', 'qn-est-239', 'guesthouse', '06649@pre2025', '2019-08-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-240', '{"id":"qn-2019-240","roundId":"qn-round-36","establishmentId":"qn-est-240","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-08-30","outcome":"reminder"}', 'qn-round-36', 'qn-est-240', 'karaoke', '06649@pre2025', '2019-08-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-241', '{"id":"qn-2019-241","roundId":"qn-round-37","establishmentId":"qn-est-241","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-08-31","outcome":"reminder"}', 'qn-round-37', 'qn-est-241', 'massage', '06649@pre2025', '2019-08-31', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-242', '{"id":"qn-2019-242","roundId":"qn-round-38","establishmentId":"qn-est-242","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-01","outcome":"reminder"}', 'qn-round-38', 'qn-est-242', 'guesthouse', '06649@pre2025', '2019-09-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-243', '{"id":"qn-2019-243","roundId":"qn-round-39","establishmentId":"qn-est-243","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-02","outcome":"reminder"}', 'qn-round-39', 'qn-est-243', 'karaoke', '06649@pre2025', '2019-09-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-244', '{"id":"qn-2019-244","roundId":"qn-round-40","establishmentId":"qn-est-244","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-03","outcome":"reminder"}', 'qn-round-40', 'qn-est-244', 'massage', '06649@pre2025', '2019-09-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-245', '{"id":"qn-2019-245","roundId":"qn-round-41","establishmentId":"qn-est-245","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-04","outcome":"reminder"}', 'qn-round-41', 'qn-est-245', 'guesthouse', '06649@pre2025', '2019-09-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-246', '{"id":"qn-2019-246","roundId":"qn-round-42","establishmentId":"qn-est-246","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-05","outcome":"reminder"}', 'qn-round-42', 'qn-est-246', 'karaoke', '06649@pre2025', '2019-09-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-247', '{"id":"qn-2019-247","roundId":"qn-round-43","establishmentId":"qn-est-247","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-06","outcome":"reminder"}', 'qn-round-43', 'qn-est-247', 'massage', '06649@pre2025', '2019-09-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-248', '{"id":"qn-2019-248","roundId":"qn-round-44","establishmentId":"qn-est-248","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-07","outcome":"reminder"}', 'qn-round-44', 'qn-est-248', 'guesthouse', '06649@pre2025', '2019-09-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-249', '{"id":"qn-2019-249","roundId":"qn-round-45","establishmentId":"qn-est-249","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-08","outcome":"reminder"}', 'qn-round-45', 'qn-est-249', 'karaoke', '06649@pre2025', '2019-09-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-250', '{"id":"qn-2019-250","roundId":"qn-round-46","establishmentId":"qn-est-250","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-09","outcome":"reminder"}', 'qn-round-46', 'qn-est-250', 'massage', '06649@pre2025', '2019-09-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-251', '{"id":"qn-2019-251","roundId":"qn-round-47","establishmentId":"qn-est-251","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-10","outcome":"reminder"}', 'qn-round-47', 'qn-est-251', 'guesthouse', '06649@pre2025', '2019-09-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-252', '{"id":"qn-2019-252","roundId":"qn-round-48","establishmentId":"qn-est-252","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-11","outcome":"reminder"}', 'qn-round-48', 'qn-est-252', 'karaoke', '06649@pre2025', '2019-09-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-253', '{"id":"qn-2019-253","roundId":"qn-round-49","establishmentId":"qn-est-253","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-12","outcome":"reminder"}', 'qn-round-49', 'qn-est-253', 'massage', '06649@pre2025', '2019-09-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-254', '{"id":"qn-2019-254","roundId":"qn-round-50","establishmentId":"qn-est-254","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-13","outcome":"reminder"}', 'qn-round-50', 'qn-est-254', 'guesthouse', '06649@pre2025', '2019-09-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-255', '{"id":"qn-2019-255","roundId":"qn-round-0","establishmentId":"qn-est-255","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-14","outcome":"reminder"}', 'qn-round-0', 'qn-est-255', 'karaoke', '06649@pre2025', '2019-09-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-256', '{"id":"qn-2019-256","roundId":"qn-round-1","establishmentId":"qn-est-256","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-15","outcome":"reminder"}', 'qn-round-1', 'qn-est-256', 'massage', '06649@pre2025', '2019-09-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-257', '{"id":"qn-2019-257","roundId":"qn-round-2","establishmentId":"qn-est-257","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-16","outcome":"reminder"}', 'qn-round-2', 'qn-est-257', 'guesthouse', '06649@pre2025', '2019-09-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-258', '{"id":"qn-2019-258","roundId":"qn-round-3","establishmentId":"qn-est-258","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-17","outcome":"reminder"}', 'qn-round-3', 'qn-est-258', 'karaoke', '06649@pre2025', '2019-09-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-259', '{"id":"qn-2019-259","roundId":"qn-round-4","establishmentId":"qn-est-259","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-18","outcome":"reminder"}', 'qn-round-4', 'qn-est-259', 'massage', '06649@pre2025', '2019-09-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-260', '{"id":"qn-2019-260","roundId":"qn-round-5","establishmentId":"qn-est-260","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-19","outcome":"reminder"}', 'qn-round-5', 'qn-est-260', 'guesthouse', '06649@pre2025', '2019-09-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-261', '{"id":"qn-2019-261","roundId":"qn-round-6","establishmentId":"qn-est-261","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-20","outcome":"reminder"}', 'qn-round-6', 'qn-est-261', 'karaoke', '06649@pre2025', '2019-09-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-262', '{"id":"qn-2019-262","roundId":"qn-round-7","establishmentId":"qn-est-262","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-21","outcome":"reminder"}', 'qn-round-7', 'qn-est-262', 'massage', '06649@pre2025', '2019-09-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-263', '{"id":"qn-2019-263","roundId":"qn-round-8","establishmentId":"qn-est-263","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-22","outcome":"reminder"}', 'qn-round-8', 'qn-est-263', 'guesthouse', '06649@pre2025', '2019-09-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-264', '{"id":"qn-2019-264","roundId":"qn-round-9","establishmentId":"qn-est-264","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-23","outcome":"reminder"}', 'qn-round-9', 'qn-est-264', 'karaoke', '06649@pre2025', '2019-09-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-265', '{"id":"qn-2019-265","roundId":"qn-round-10","establishmentId":"qn-est-265","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-24","outcome":"reminder"}', 'qn-round-10', 'qn-est-265', 'massage', '06649@pre2025', '2019-09-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-266', '{"id":"qn-2019-266","roundId":"qn-round-11","establishmentId":"qn-est-266","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-25","outcome":"reminder"}', 'qn-round-11', 'qn-est-266', 'guesthouse', '06649@pre2025', '2019-09-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-267', '{"id":"qn-2019-267","roundId":"qn-round-12","establishmentId":"qn-est-267","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-26","outcome":"reminder"}', 'qn-round-12', 'qn-est-267', 'karaoke', '06649@pre2025', '2019-09-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-268', '{"id":"qn-2019-268","roundId":"qn-round-13","establishmentId":"qn-est-268","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-27","outcome":"reminder"}', 'qn-round-13', 'qn-est-268', 'massage', '06649@pre2025', '2019-09-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-269', '{"id":"qn-2019-269","roundId":"qn-round-14","establishmentId":"qn-est-269","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-09-28","outcome":"reminder"}', 'qn-round-14', 'qn-est-269', 'guesthouse', '06649@pre2025', '2019-09-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-270', '{"id":"qn-2019-270","roundId":"qn-round-15","establishmentId":"qn-est-270","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-09-29","outcome":"reminder"}', 'qn-round-15', 'qn-est-270', 'karaoke', '06649@pre2025', '2019-09-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-271', '{"id":"qn-2019-271","roundId":"qn-round-16","establishmentId":"qn-est-271","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-09-30","outcome":"reminder"}', 'qn-round-16', 'qn-est-271', 'massage', '06649@pre2025', '2019-09-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-272', '{"id":"qn-2019-272","roundId":"qn-round-17","establishmentId":"qn-est-272","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-01","outcome":"reminder"}', 'qn-round-17', 'qn-est-272', 'guesthouse', '06649@pre2025', '2019-10-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-273', '{"id":"qn-2019-273","roundId":"qn-round-18","establishmentId":"qn-est-273","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-02","outcome":"reminder"}', 'qn-round-18', 'qn-est-273', 'karaoke', '06649@pre2025', '2019-10-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-274', '{"id":"qn-2019-274","roundId":"qn-round-19","establishmentId":"qn-est-274","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-03","outcome":"reminder"}', 'qn-round-19', 'qn-est-274', 'massage', '06649@pre2025', '2019-10-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-275', '{"id":"qn-2019-275","roundId":"qn-round-20","establishmentId":"qn-est-275","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-04","outcome":"reminder"}', 'qn-round-20', 'qn-est-275', 'guesthouse', '06649@pre2025', '2019-10-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-276', '{"id":"qn-2019-276","roundId":"qn-round-21","establishmentId":"qn-est-276","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-05","outcome":"reminder"}', 'qn-round-21', 'qn-est-276', 'karaoke', '06649@pre2025', '2019-10-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-277', '{"id":"qn-2019-277","roundId":"qn-round-22","establishmentId":"qn-est-277","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-06","outcome":"reminder"}', 'qn-round-22', 'qn-est-277', 'massage', '06649@pre2025', '2019-10-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-278', '{"id":"qn-2019-278","roundId":"qn-round-23","establishmentId":"qn-est-278","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-07","outcome":"reminder"}', 'qn-round-23', 'qn-est-278', 'guesthouse', '06649@pre2025', '2019-10-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-279', '{"id":"qn-2019-279","roundId":"qn-round-24","establishmentId":"qn-est-279","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-08","outcome":"reminder"}', 'qn-round-24', 'qn-est-279', 'karaoke', '06649@pre2025', '2019-10-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-280', '{"id":"qn-2019-280","roundId":"qn-round-25","establishmentId":"qn-est-280","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-09","outcome":"reminder"}', 'qn-round-25', 'qn-est-280', 'massage', '06649@pre2025', '2019-10-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-281', '{"id":"qn-2019-281","roundId":"qn-round-26","establishmentId":"qn-est-281","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-10","outcome":"reminder"}', 'qn-round-26', 'qn-est-281', 'guesthouse', '06649@pre2025', '2019-10-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-282', '{"id":"qn-2019-282","roundId":"qn-round-27","establishmentId":"qn-est-282","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-11","outcome":"reminder"}', 'qn-round-27', 'qn-est-282', 'karaoke', '06649@pre2025', '2019-10-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-283', '{"id":"qn-2019-283","roundId":"qn-round-28","establishmentId":"qn-est-283","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-12","outcome":"reminder"}', 'qn-round-28', 'qn-est-283', 'massage', '06649@pre2025', '2019-10-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-284', '{"id":"qn-2019-284","roundId":"qn-round-29","establishmentId":"qn-est-284","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-13","outcome":"reminder"}', 'qn-round-29', 'qn-est-284', 'guesthouse', '06649@pre2025', '2019-10-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-285', '{"id":"qn-2019-285","roundId":"qn-round-30","establishmentId":"qn-est-285","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-14","outcome":"reminder"}', 'qn-round-30', 'qn-est-285', 'karaoke', '06649@pre2025', '2019-10-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-286', '{"id":"qn-2019-286","roundId":"qn-round-31","establishmentId":"qn-est-286","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-15","outcome":"reminder"}', 'qn-round-31', 'qn-est-286', 'massage', '06649@pre2025', '2019-10-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-287', '{"id":"qn-2019-287","roundId":"qn-round-32","establishmentId":"qn-est-287","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-16","outcome":"reminder"}', 'qn-round-32', 'qn-est-287', 'guesthouse', '06649@pre2025', '2019-10-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-288', '{"id":"qn-2019-288","roundId":"qn-round-33","establishmentId":"qn-est-288","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-17","outcome":"reminder"}', 'qn-round-33', 'qn-est-288', 'karaoke', '06649@pre2025', '2019-10-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-289', '{"id":"qn-2019-289","roundId":"qn-round-34","establishmentId":"qn-est-289","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-18","outcome":"reminder"}', 'qn-round-34', 'qn-est-289', 'massage', '06649@pre2025', '2019-10-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-290', '{"id":"qn-2019-290","roundId":"qn-round-35","establishmentId":"qn-est-290","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-19","outcome":"reminder"}', 'qn-round-35', 'qn-est-290', 'guesthouse', '06649@pre2025', '2019-10-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-291', '{"id":"qn-2019-291","roundId":"qn-round-36","establishmentId":"qn-est-291","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-20","outcome":"reminder"}', 'qn-round-36', 'qn-est-291', 'karaoke', '06649@pre2025', '2019-10-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-292', '{"id":"qn-2019-292","roundId":"qn-round-37","establishmentId":"qn-est-292","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-21","outcome":"reminder"}', 'qn-round-37', 'qn-est-292', 'massage', '06649@pre2025', '2019-10-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-293', '{"id":"qn-2019-293","roundId":"qn-round-38","establishmentId":"qn-est-293","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-22","outcome":"reminder"}', 'qn-round-38', 'qn-est-293', 'guesthouse', '06649@pre2025', '2019-10-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-294', '{"id":"qn-2019-294","roundId":"qn-round-39","establishmentId":"qn-est-294","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-23","outcome":"reminder"}', 'qn-round-39', 'qn-est-294', 'karaoke', '06649@pre2025', '2019-10-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-295', '{"id":"qn-2019-295","roundId":"qn-round-40","establishmentId":"qn-est-295","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-24","outcome":"reminder"}', 'qn-round-40', 'qn-est-295', 'massage', '06649@pre2025', '2019-10-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-296', '{"id":"qn-2019-296","roundId":"qn-round-41","establishmentId":"qn-est-296","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-25","outcome":"reminder"}', 'qn-round-41', 'qn-est-296', 'guesthouse', '06649@pre2025', '2019-10-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-297', '{"id":"qn-2019-297","roundId":"qn-round-42","establishmentId":"qn-est-297","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-26","outcome":"reminder"}', 'qn-round-42', 'qn-est-297', 'karaoke', '06649@pre2025', '2019-10-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-298', '{"id":"qn-2019-298","roundId":"qn-round-43","establishmentId":"qn-est-298","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-27","outcome":"reminder"}', 'qn-round-43', 'qn-est-298', 'massage', '06649@pre2025', '2019-10-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-299', '{"id":"qn-2019-299","roundId":"qn-round-44","establishmentId":"qn-est-299","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-28","outcome":"reminder"}', 'qn-round-44', 'qn-est-299', 'guesthouse', '06649@pre2025', '2019-10-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-300', '{"id":"qn-2019-300","roundId":"qn-round-45","establishmentId":"qn-est-0","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-10-29","outcome":"reminder"}', 'qn-round-45', 'qn-est-0', 'karaoke', '06649@pre2025', '2019-10-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-301', '{"id":"qn-2019-301","roundId":"qn-round-46","establishmentId":"qn-est-1","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-10-30","outcome":"reminder"}', 'qn-round-46', 'qn-est-1', 'massage', '06649@pre2025', '2019-10-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-302', '{"id":"qn-2019-302","roundId":"qn-round-47","establishmentId":"qn-est-2","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-10-31","outcome":"reminder"}', 'qn-round-47', 'qn-est-2', 'guesthouse', '06649@pre2025', '2019-10-31', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-303', '{"id":"qn-2019-303","roundId":"qn-round-48","establishmentId":"qn-est-3","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-01","outcome":"reminder"}', 'qn-round-48', 'qn-est-3', 'karaoke', '06649@pre2025', '2019-11-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-304', '{"id":"qn-2019-304","roundId":"qn-round-49","establishmentId":"qn-est-4","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-02","outcome":"reminder"}', 'qn-round-49', 'qn-est-4', 'massage', '06649@pre2025', '2019-11-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-305', '{"id":"qn-2019-305","roundId":"qn-round-50","establishmentId":"qn-est-5","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-03","outcome":"reminder"}', 'qn-round-50', 'qn-est-5', 'guesthouse', '06649@pre2025', '2019-11-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-306', '{"id":"qn-2019-306","roundId":"qn-round-0","establishmentId":"qn-est-6","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-04","outcome":"reminder"}', 'qn-round-0', 'qn-est-6', 'karaoke', '06649@pre2025', '2019-11-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-307', '{"id":"qn-2019-307","roundId":"qn-round-1","establishmentId":"qn-est-7","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-05","outcome":"reminder"}', 'qn-round-1', 'qn-est-7', 'massage', '06649@pre2025', '2019-11-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-308', '{"id":"qn-2019-308","roundId":"qn-round-2","establishmentId":"qn-est-8","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-06","outcome":"reminder"}', 'qn-round-2', 'qn-est-8', 'guesthouse', '06649@pre2025', '2019-11-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-309', '{"id":"qn-2019-309","roundId":"qn-round-3","establishmentId":"qn-est-9","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-07","outcome":"reminder"}', 'qn-round-3', 'qn-est-9', 'karaoke', '06649@pre2025', '2019-11-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-310', '{"id":"qn-2019-310","roundId":"qn-round-4","establishmentId":"qn-est-10","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-08","outcome":"reminder"}', 'qn-round-4', 'qn-est-10', 'massage', '06649@pre2025', '2019-11-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-311', '{"id":"qn-2019-311","roundId":"qn-round-5","establishmentId":"qn-est-11","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-09","outcome":"reminder"}', 'qn-round-5', 'qn-est-11', 'guesthouse', '06649@pre2025', '2019-11-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-312', '{"id":"qn-2019-312","roundId":"qn-round-6","establishmentId":"qn-est-12","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-10","outcome":"reminder"}', 'qn-round-6', 'qn-est-12', 'karaoke', '06649@pre2025', '2019-11-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-313', '{"id":"qn-2019-313","roundId":"qn-round-7","establishmentId":"qn-est-13","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-11","outcome":"reminder"}', 'qn-round-7', 'qn-est-13', 'massage', '06649@pre2025', '2019-11-11', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-314', '{"id":"qn-2019-314","roundId":"qn-round-8","establishmentId":"qn-est-14","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-12","outcome":"reminder"}', 'qn-round-8', 'qn-est-14', 'guesthouse', '06649@pre2025', '2019-11-12', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-315', '{"id":"qn-2019-315","roundId":"qn-round-9","establishmentId":"qn-est-15","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-13","outcome":"reminder"}', 'qn-round-9', 'qn-est-15', 'karaoke', '06649@pre2025', '2019-11-13', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-316', '{"id":"qn-2019-316","roundId":"qn-round-10","establishmentId":"qn-est-16","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-14","outcome":"reminder"}', 'qn-round-10', 'qn-est-16', 'massage', '06649@pre2025', '2019-11-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-317', '{"id":"qn-2019-317","roundId":"qn-round-11","establishmentId":"qn-est-17","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-15","outcome":"reminder"}', 'qn-round-11', 'qn-est-17', 'guesthouse', '06649@pre2025', '2019-11-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-318', '{"id":"qn-2019-318","roundId":"qn-round-12","establishmentId":"qn-est-18","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-16","outcome":"reminder"}', 'qn-round-12', 'qn-est-18', 'karaoke', '06649@pre2025', '2019-11-16', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-319', '{"id":"qn-2019-319","roundId":"qn-round-13","establishmentId":"qn-est-19","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-17","outcome":"reminder"}', 'qn-round-13', 'qn-est-19', 'massage', '06649@pre2025', '2019-11-17', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-320', '{"id":"qn-2019-320","roundId":"qn-round-14","establishmentId":"qn-est-20","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-18","outcome":"reminder"}', 'qn-round-14', 'qn-est-20', 'guesthouse', '06649@pre2025', '2019-11-18', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-321', '{"id":"qn-2019-321","roundId":"qn-round-15","establishmentId":"qn-est-21","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-19","outcome":"reminder"}', 'qn-round-15', 'qn-est-21', 'karaoke', '06649@pre2025', '2019-11-19', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-322', '{"id":"qn-2019-322","roundId":"qn-round-16","establishmentId":"qn-est-22","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-20","outcome":"reminder"}', 'qn-round-16', 'qn-est-22', 'massage', '06649@pre2025', '2019-11-20', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-323', '{"id":"qn-2019-323","roundId":"qn-round-17","establishmentId":"qn-est-23","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-21","outcome":"reminder"}', 'qn-round-17', 'qn-est-23', 'guesthouse', '06649@pre2025', '2019-11-21', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-324', '{"id":"qn-2019-324","roundId":"qn-round-18","establishmentId":"qn-est-24","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-22","outcome":"reminder"}', 'qn-round-18', 'qn-est-24', 'karaoke', '06649@pre2025', '2019-11-22', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-325', '{"id":"qn-2019-325","roundId":"qn-round-19","establishmentId":"qn-est-25","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-23","outcome":"reminder"}', 'qn-round-19', 'qn-est-25', 'massage', '06649@pre2025', '2019-11-23', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-326', '{"id":"qn-2019-326","roundId":"qn-round-20","establishmentId":"qn-est-26","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-24","outcome":"reminder"}', 'qn-round-20', 'qn-est-26', 'guesthouse', '06649@pre2025', '2019-11-24', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-327', '{"id":"qn-2019-327","roundId":"qn-round-21","establishmentId":"qn-est-27","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-25","outcome":"reminder"}', 'qn-round-21', 'qn-est-27', 'karaoke', '06649@pre2025', '2019-11-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-328', '{"id":"qn-2019-328","roundId":"qn-round-22","establishmentId":"qn-est-28","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-26","outcome":"reminder"}', 'qn-round-22', 'qn-est-28', 'massage', '06649@pre2025', '2019-11-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-329', '{"id":"qn-2019-329","roundId":"qn-round-23","establishmentId":"qn-est-29","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-27","outcome":"reminder"}', 'qn-round-23', 'qn-est-29', 'guesthouse', '06649@pre2025', '2019-11-27', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-330', '{"id":"qn-2019-330","roundId":"qn-round-24","establishmentId":"qn-est-30","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-11-28","outcome":"reminder"}', 'qn-round-24', 'qn-est-30', 'karaoke', '06649@pre2025', '2019-11-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-331', '{"id":"qn-2019-331","roundId":"qn-round-25","establishmentId":"qn-est-31","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-11-29","outcome":"reminder"}', 'qn-round-25', 'qn-est-31', 'massage', '06649@pre2025', '2019-11-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-332', '{"id":"qn-2019-332","roundId":"qn-round-26","establishmentId":"qn-est-32","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-11-30","outcome":"reminder"}', 'qn-round-26', 'qn-est-32', 'guesthouse', '06649@pre2025', '2019-11-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-333', '{"id":"qn-2019-333","roundId":"qn-round-27","establishmentId":"qn-est-33","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-12-01","outcome":"reminder"}', 'qn-round-27', 'qn-est-33', 'karaoke', '06649@pre2025', '2019-12-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-334', '{"id":"qn-2019-334","roundId":"qn-round-28","establishmentId":"qn-est-34","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-12-02","outcome":"reminder"}', 'qn-round-28', 'qn-est-34', 'massage', '06649@pre2025', '2019-12-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-335', '{"id":"qn-2019-335","roundId":"qn-round-29","establishmentId":"qn-est-35","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-12-03","outcome":"reminder"}', 'qn-round-29', 'qn-est-35', 'guesthouse', '06649@pre2025', '2019-12-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-336', '{"id":"qn-2019-336","roundId":"qn-round-30","establishmentId":"qn-est-36","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-12-04","outcome":"reminder"}', 'qn-round-30', 'qn-est-36', 'karaoke', '06649@pre2025', '2019-12-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-337', '{"id":"qn-2019-337","roundId":"qn-round-31","establishmentId":"qn-est-37","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-12-05","outcome":"reminder"}', 'qn-round-31', 'qn-est-37', 'massage', '06649@pre2025', '2019-12-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-338', '{"id":"qn-2019-338","roundId":"qn-round-32","establishmentId":"qn-est-38","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-12-06","outcome":"reminder"}', 'qn-round-32', 'qn-est-38', 'guesthouse', '06649@pre2025', '2019-12-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-339', '{"id":"qn-2019-339","roundId":"qn-round-33","establishmentId":"qn-est-39","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-12-07","outcome":"reminder"}', 'qn-round-33', 'qn-est-39', 'karaoke', '06649@pre2025', '2019-12-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-340', '{"id":"qn-2019-340","roundId":"qn-round-34","establishmentId":"qn-est-40","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-02","outcome":"reminder"}', 'qn-round-34', 'qn-est-40', 'massage', '06649@pre2025', '2019-01-02', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-341', '{"id":"qn-2019-341","roundId":"qn-round-35","establishmentId":"qn-est-41","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-03","outcome":"reminder"}', 'qn-round-35', 'qn-est-41', 'guesthouse', '06649@pre2025', '2019-01-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-342', '{"id":"qn-2019-342","roundId":"qn-round-36","establishmentId":"qn-est-42","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-04","outcome":"reminder"}', 'qn-round-36', 'qn-est-42', 'karaoke', '06649@pre2025', '2019-01-04', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-343', '{"id":"qn-2019-343","roundId":"qn-round-37","establishmentId":"qn-est-43","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-05","outcome":"reminder"}', 'qn-round-37', 'qn-est-43', 'massage', '06649@pre2025', '2019-01-05', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-344', '{"id":"qn-2019-344","roundId":"qn-round-38","establishmentId":"qn-est-44","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-06","outcome":"reminder"}', 'qn-round-38', 'qn-est-44', 'guesthouse', '06649@pre2025', '2019-01-06', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-345', '{"id":"qn-2019-345","roundId":"qn-round-39","establishmentId":"qn-est-45","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-07","outcome":"reminder"}', 'qn-round-39', 'qn-est-45', 'karaoke', '06649@pre2025', '2019-01-07', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-346', '{"id":"qn-2019-346","roundId":"qn-round-40","establishmentId":"qn-est-46","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-08","outcome":"reminder"}', 'qn-round-40', 'qn-est-46', 'massage', '06649@pre2025', '2019-01-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-347', '{"id":"qn-2019-347","roundId":"qn-round-41","establishmentId":"qn-est-47","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-09","outcome":"reminder"}', 'qn-round-41', 'qn-est-47', 'guesthouse', '06649@pre2025', '2019-01-09', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-348', '{"id":"qn-2019-348","roundId":"qn-round-42","establishmentId":"qn-est-48","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-10","outcome":"reminder"}', 'qn-round-42', 'qn-est-48', 'karaoke', '06649@pre2025', '2019-01-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-349', '{"id":"qn-2019-349","roundId":"qn-round-43","establishmentId":"qn-est-49","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-11","outcome":"compliant"}', 'qn-round-43', 'qn-est-49', 'massage', '06649@pre2025', '2019-01-11', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-350', '{"id":"qn-2019-350","roundId":"qn-round-44","establishmentId":"qn-est-50","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-12","outcome":"compliant"}', 'qn-round-44', 'qn-est-50', 'guesthouse', '06649@pre2025', '2019-01-12', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-351', '{"id":"qn-2019-351","roundId":"qn-round-45","establishmentId":"qn-est-51","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-13","outcome":"compliant"}', 'qn-round-45', 'qn-est-51', 'karaoke', '06649@pre2025', '2019-01-13', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v3259', '{"id":"v3259","roundId":"r4","establishmentId":"s6","establishmentType":"bar","unitId":"10507@2025","date":"2023-07-23","outcome":"compliant"}', 'r4', 's6', 'bar', '10507@2025', '2023-07-23', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-352', '{"id":"qn-2019-352","roundId":"qn-round-46","establishmentId":"qn-est-52","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-14","outcome":"compliant"}', 'qn-round-46', 'qn-est-52', 'massage', '06649@pre2025', '2019-01-14', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-353', '{"id":"qn-2019-353","roundId":"qn-round-47","establishmentId":"qn-est-53","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-15","outcome":"compliant"}', 'qn-round-47', 'qn-est-53', 'guesthouse', '06649@pre2025', '2019-01-15', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-354', '{"id":"qn-2019-354","roundId":"qn-round-48","establishmentId":"qn-est-54","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-16","outcome":"compliant"}', 'qn-round-48', 'qn-est-54', 'karaoke', '06649@pre2025', '2019-01-16', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-355', '{"id":"qn-2019-355","roundId":"qn-round-49","establishmentId":"qn-est-55","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-17","outcome":"compliant"}', 'qn-round-49', 'qn-est-55', 'massage', '06649@pre2025', '2019-01-17', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-356', '{"id":"qn-2019-356","roundId":"qn-round-50","establishmentId":"qn-est-56","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-18","outcome":"compliant"}', 'qn-round-50', 'qn-est-56', 'guesthouse', '06649@pre2025', '2019-01-18', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-357', '{"id":"qn-2019-357","roundId":"qn-round-0","establishmentId":"qn-est-57","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-19","outcome":"compliant"}', 'qn-round-0', 'qn-est-57', 'karaoke', '06649@pre2025', '2019-01-19', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-358', '{"id":"qn-2019-358","roundId":"qn-round-1","establishmentId":"qn-est-58","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-20","outcome":"compliant"}', 'qn-round-1', 'qn-est-58', 'massage', '06649@pre2025', '2019-01-20', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-359', '{"id":"qn-2019-359","roundId":"qn-round-2","establishmentId":"qn-est-59","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-21","outcome":"compliant"}', 'qn-round-2', 'qn-est-59', 'guesthouse', '06649@pre2025', '2019-01-21', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-360', '{"id":"qn-2019-360","roundId":"qn-round-3","establishmentId":"qn-est-60","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-22","outcome":"compliant"}', 'qn-round-3', 'qn-est-60', 'karaoke', '06649@pre2025', '2019-01-22', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-361', '{"id":"qn-2019-361","roundId":"qn-round-4","establishmentId":"qn-est-61","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-23","outcome":"compliant"}', 'qn-round-4', 'qn-est-61', 'massage', '06649@pre2025', '2019-01-23', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-362', '{"id":"qn-2019-362","roundId":"qn-round-5","establishmentId":"qn-est-62","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-24","outcome":"compliant"}', 'qn-round-5', 'qn-est-62', 'guesthouse', '06649@pre2025', '2019-01-24', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-363', '{"id":"qn-2019-363","roundId":"qn-round-6","establishmentId":"qn-est-63","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-25","outcome":"compliant"}', 'qn-round-6', 'qn-est-63', 'karaoke', '06649@pre2025', '2019-01-25', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-364', '{"id":"qn-2019-364","roundId":"qn-round-7","establishmentId":"qn-est-64","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-26","outcome":"compliant"}', 'qn-round-7', 'qn-est-64', 'massage', '06649@pre2025', '2019-01-26', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-365', '{"id":"qn-2019-365","roundId":"qn-round-8","establishmentId":"qn-est-65","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-27","outcome":"compliant"}', 'qn-round-8', 'qn-est-65', 'guesthouse', '06649@pre2025', '2019-01-27', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-366', '{"id":"qn-2019-366","roundId":"qn-round-9","establishmentId":"qn-est-66","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-28","outcome":"compliant"}', 'qn-round-9', 'qn-est-66', 'karaoke', '06649@pre2025', '2019-01-28', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-367', '{"id":"qn-2019-367","roundId":"qn-round-10","establishmentId":"qn-est-67","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-01-29","outcome":"compliant"}', 'qn-round-10', 'qn-est-67', 'massage', '06649@pre2025', '2019-01-29', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-368', '{"id":"qn-2019-368","roundId":"qn-round-11","establishmentId":"qn-est-68","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-01-30","outcome":"compliant"}', 'qn-round-11', 'qn-est-68', 'guesthouse', '06649@pre2025', '2019-01-30', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-369', '{"id":"qn-2019-369","roundId":"qn-round-12","establishmentId":"qn-est-69","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-01-31","outcome":"compliant"}', 'qn-round-12', 'qn-est-69', 'karaoke', '06649@pre2025', '2019-01-31', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-370', '{"id":"qn-2019-370","roundId":"qn-round-13","establishmentId":"qn-est-70","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-01","outcome":"compliant"}', 'qn-round-13', 'qn-est-70', 'massage', '06649@pre2025', '2019-02-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-371', '{"id":"qn-2019-371","roundId":"qn-round-14","establishmentId":"qn-est-71","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-02","outcome":"compliant"}', 'qn-round-14', 'qn-est-71', 'guesthouse', '06649@pre2025', '2019-02-02', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-372', '{"id":"qn-2019-372","roundId":"qn-round-15","establishmentId":"qn-est-72","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-03","outcome":"compliant"}', 'qn-round-15', 'qn-est-72', 'karaoke', '06649@pre2025', '2019-02-03', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-373', '{"id":"qn-2019-373","roundId":"qn-round-16","establishmentId":"qn-est-73","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-04","outcome":"compliant"}', 'qn-round-16', 'qn-est-73', 'massage', '06649@pre2025', '2019-02-04', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-374', '{"id":"qn-2019-374","roundId":"qn-round-17","establishmentId":"qn-est-74","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-05","outcome":"compliant"}', 'qn-round-17', 'qn-est-74', 'guesthouse', '06649@pre2025', '2019-02-05', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-375', '{"id":"qn-2019-375","roundId":"qn-round-18","establishmentId":"qn-est-75","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-06","outcome":"compliant"}', 'qn-round-18', 'qn-est-75', 'karaoke', '06649@pre2025', '2019-02-06', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-376', '{"id":"qn-2019-376","roundId":"qn-round-19","establishmentId":"qn-est-76","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-07","outcome":"compliant"}', 'qn-round-19', 'qn-est-76', 'massage', '06649@pre2025', '2019-02-07', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-377', '{"id":"qn-2019-377","roundId":"qn-round-20","establishmentId":"qn-est-77","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-08","outcome":"compliant"}', 'qn-round-20', 'qn-est-77', 'guesthouse', '06649@pre2025', '2019-02-08', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-378', '{"id":"qn-2019-378","roundId":"qn-round-21","establishmentId":"qn-est-78","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-09","outcome":"compliant"}', 'qn-round-21', 'qn-est-78', 'karaoke', '06649@pre2025', '2019-02-09', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-379', '{"id":"qn-2019-379","roundId":"qn-round-22","establishmentId":"qn-est-79","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-10","outcome":"compliant"}', 'qn-round-22', 'qn-est-79', 'massage', '06649@pre2025', '2019-02-10', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-380', '{"id":"qn-2019-380","roundId":"qn-round-23","establishmentId":"qn-est-80","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-11","outcome":"compliant"}', 'qn-round-23', 'qn-est-80', 'guesthouse', '06649@pre2025', '2019-02-11', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-381', '{"id":"qn-2019-381","roundId":"qn-round-24","establishmentId":"qn-est-81","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-12","outcome":"compliant"}', 'qn-round-24', 'qn-est-81', 'karaoke', '06649@pre2025', '2019-02-12', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-382', '{"id":"qn-2019-382","roundId":"qn-round-25","establishmentId":"qn-est-82","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-13","outcome":"compliant"}', 'qn-round-25', 'qn-est-82', 'massage', '06649@pre2025', '2019-02-13', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-383', '{"id":"qn-2019-383","roundId":"qn-round-26","establishmentId":"qn-est-83","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-14","outcome":"compliant"}', 'qn-round-26', 'qn-est-83', 'guesthouse', '06649@pre2025', '2019-02-14', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-384', '{"id":"qn-2019-384","roundId":"qn-round-27","establishmentId":"qn-est-84","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-15","outcome":"compliant"}', 'qn-round-27', 'qn-est-84', 'karaoke', '06649@pre2025', '2019-02-15', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-385', '{"id":"qn-2019-385","roundId":"qn-round-28","establishmentId":"qn-est-85","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-16","outcome":"compliant"}', 'qn-round-28', 'qn-est-85', 'massage', '06649@pre2025', '2019-02-16', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-386', '{"id":"qn-2019-386","roundId":"qn-round-29","establishmentId":"qn-est-86","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-17","outcome":"compliant"}', 'qn-round-29', 'qn-est-86', 'guesthouse', '06649@pre2025', '2019-02-17', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-387', '{"id":"qn-2019-387","roundId":"qn-round-30","establishmentId":"qn-est-87","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-18","outcome":"compliant"}', 'qn-round-30', 'qn-est-87', 'karaoke', '06649@pre2025', '2019-02-18', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-388', '{"id":"qn-2019-388","roundId":"qn-round-31","establishmentId":"qn-est-88","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-19","outcome":"compliant"}', 'qn-round-31', 'qn-est-88', 'massage', '06649@pre2025', '2019-02-19', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-389', '{"id":"qn-2019-389","roundId":"qn-round-32","establishmentId":"qn-est-89","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-20","outcome":"compliant"}', 'qn-round-32', 'qn-est-89', 'guesthouse', '06649@pre2025', '2019-02-20', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-390', '{"id":"qn-2019-390","roundId":"qn-round-33","establishmentId":"qn-est-90","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-21","outcome":"compliant"}', 'qn-round-33', 'qn-est-90', 'karaoke', '06649@pre2025', '2019-02-21', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-391', '{"id":"qn-2019-391","roundId":"qn-round-34","establishmentId":"qn-est-91","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-22","outcome":"compliant"}', 'qn-round-34', 'qn-est-91', 'massage', '06649@pre2025', '2019-02-22', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-392', '{"id":"qn-2019-392","roundId":"qn-round-35","establishmentId":"qn-est-92","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-23","outcome":"compliant"}', 'qn-round-35', 'qn-est-92', 'guesthouse', '06649@pre2025', '2019-02-23', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-393', '{"id":"qn-2019-393","roundId":"qn-round-36","establishmentId":"qn-est-93","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-24","outcome":"compliant"}', 'qn-round-36', 'qn-est-93', 'karaoke', '06649@pre2025', '2019-02-24', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-394', '{"id":"qn-2019-394","roundId":"qn-round-37","establishmentId":"qn-est-94","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-25","outcome":"compliant"}', 'qn-round-37', 'qn-est-94', 'massage', '06649@pre2025', '2019-02-25', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-395', '{"id":"qn-2019-395","roundId":"qn-round-38","establishmentId":"qn-est-95","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-02-26","outcome":"compliant"}', 'qn-round-38', 'qn-est-95', 'guesthouse', '06649@pre2025', '2019-02-26', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-396', '{"id":"qn-2019-396","roundId":"qn-round-39","establishmentId":"qn-est-96","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-02-27","outcome":"compliant"}', 'qn-round-39', 'qn-est-96', 'karaoke', '06649@pre2025', '2019-02-27', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-397', '{"id":"qn-2019-397","roundId":"qn-round-40","establishmentId":"qn-est-97","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-02-28","outcome":"compliant"}', 'qn-round-40', 'qn-est-97', 'massage', '06649@pre2025', '2019-02-28', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-398', '{"id":"qn-2019-398","roundId":"qn-round-41","establishmentId":"qn-est-98","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-01","outcome":"compliant"}', 'qn-round-41', 'qn-est-98', 'guesthouse', '06649@pre2025', '2019-03-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-399', '{"id":"qn-2019-399","roundId":"qn-round-42","establishmentId":"qn-est-99","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-02","outcome":"compliant"}', 'qn-round-42', 'qn-est-99', 'karaoke', '06649@pre2025', '2019-03-02', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-400', '{"id":"qn-2019-400","roundId":"qn-round-43","establishmentId":"qn-est-100","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-03","outcome":"compliant"}', 'qn-round-43', 'qn-est-100', 'massage', '06649@pre2025', '2019-03-03', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-401', '{"id":"qn-2019-401","roundId":"qn-round-44","establishmentId":"qn-est-101","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-04","outcome":"compliant"}', 'qn-round-44', 'qn-est-101', 'guesthouse', '06649@pre2025', '2019-03-04', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-402', '{"id":"qn-2019-402","roundId":"qn-round-45","establishmentId":"qn-est-102","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-05","outcome":"compliant"}', 'qn-round-45', 'qn-est-102', 'karaoke', '06649@pre2025', '2019-03-05', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-403', '{"id":"qn-2019-403","roundId":"qn-round-46","establishmentId":"qn-est-103","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-06","outcome":"compliant"}', 'qn-round-46', 'qn-est-103', 'massage', '06649@pre2025', '2019-03-06', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-404', '{"id":"qn-2019-404","roundId":"qn-round-47","establishmentId":"qn-est-104","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-07","outcome":"compliant"}', 'qn-round-47', 'qn-est-104', 'guesthouse', '06649@pre2025', '2019-03-07', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-405', '{"id":"qn-2019-405","roundId":"qn-round-48","establishmentId":"qn-est-105","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-08","outcome":"compliant"}', 'qn-round-48', 'qn-est-105', 'karaoke', '06649@pre2025', '2019-03-08', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-406', '{"id":"qn-2019-406","roundId":"qn-round-49","establishmentId":"qn-est-106","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-09","outcome":"compliant"}', 'qn-round-49', 'qn-est-106', 'massage', '06649@pre2025', '2019-03-09', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-407', '{"id":"qn-2019-407","roundId":"qn-round-50","establishmentId":"qn-est-107","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-10","outcome":"compliant"}', 'qn-round-50', 'qn-est-107', 'guesthouse', '06649@pre2025', '2019-03-10', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-408', '{"id":"qn-2019-408","roundId":"qn-round-0","establishmentId":"qn-est-108","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-11","outcome":"compliant"}', 'qn-round-0', 'qn-est-108', 'karaoke', '06649@pre2025', '2019-03-11', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-409', '{"id":"qn-2019-409","roundId":"qn-round-1","establishmentId":"qn-est-109","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-12","outcome":"compliant"}', 'qn-round-1', 'qn-est-109', 'massage', '06649@pre2025', '2019-03-12', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-410', '{"id":"qn-2019-410","roundId":"qn-round-2","establishmentId":"qn-est-110","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-13","outcome":"compliant"}', 'qn-round-2', 'qn-est-110', 'guesthouse', '06649@pre2025', '2019-03-13', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-411', '{"id":"qn-2019-411","roundId":"qn-round-3","establishmentId":"qn-est-111","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-14","outcome":"compliant"}', 'qn-round-3', 'qn-est-111', 'karaoke', '06649@pre2025', '2019-03-14', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-412', '{"id":"qn-2019-412","roundId":"qn-round-4","establishmentId":"qn-est-112","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-15","outcome":"compliant"}', 'qn-round-4', 'qn-est-112', 'massage', '06649@pre2025', '2019-03-15', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-413', '{"id":"qn-2019-413","roundId":"qn-round-5","establishmentId":"qn-est-113","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-16","outcome":"compliant"}', 'qn-round-5', 'qn-est-113', 'guesthouse', '06649@pre2025', '2019-03-16', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-414', '{"id":"qn-2019-414","roundId":"qn-round-6","establishmentId":"qn-est-114","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-17","outcome":"compliant"}', 'qn-round-6', 'qn-est-114', 'karaoke', '06649@pre2025', '2019-03-17', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-415', '{"id":"qn-2019-415","roundId":"qn-round-7","establishmentId":"qn-est-115","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-18","outcome":"compliant"}', 'qn-round-7', 'qn-est-115', 'massage', '06649@pre2025', '2019-03-18', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-416', '{"id":"qn-2019-416","roundId":"qn-round-8","establishmentId":"qn-est-116","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-19","outcome":"compliant"}', 'qn-round-8', 'qn-est-116', 'guesthouse', '06649@pre2025', '2019-03-19', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-417', '{"id":"qn-2019-417","roundId":"qn-round-9","establishmentId":"qn-est-117","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-20","outcome":"compliant"}', 'qn-round-9', 'qn-est-117', 'karaoke', '06649@pre2025', '2019-03-20', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-418', '{"id":"qn-2019-418","roundId":"qn-round-10","establishmentId":"qn-est-118","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-21","outcome":"compliant"}', 'qn-round-10', 'qn-est-118', 'massage', '06649@pre2025', '2019-03-21', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-419', '{"id":"qn-2019-419","roundId":"qn-round-11","establishmentId":"qn-est-119","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-22","outcome":"compliant"}', 'qn-round-11', 'qn-est-119', 'guesthouse', '06649@pre2025', '2019-03-22', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-420', '{"id":"qn-2019-420","roundId":"qn-round-12","establishmentId":"qn-est-120","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-23","outcome":"compliant"}', 'qn-round-12', 'qn-est-120', 'karaoke', '06649@pre2025', '2019-03-23', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-421', '{"id":"qn-2019-421","roundId":"qn-round-13","establishmentId":"qn-est-121","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-24","outcome":"compliant"}', 'qn-round-13', 'qn-est-121', 'massage', '06649@pre2025', '2019-03-24', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-422', '{"id":"qn-2019-422","roundId":"qn-round-14","establishmentId":"qn-est-122","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-25","outcome":"compliant"}', 'qn-round-14', 'qn-est-122', 'guesthouse', '06649@pre2025', '2019-03-25', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-423', '{"id":"qn-2019-423","roundId":"qn-round-15","establishmentId":"qn-est-123","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-26","outcome":"compliant"}', 'qn-round-15', 'qn-est-123', 'karaoke', '06649@pre2025', '2019-03-26', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-424', '{"id":"qn-2019-424","roundId":"qn-round-16","establishmentId":"qn-est-124","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-27","outcome":"compliant"}', 'qn-round-16', 'qn-est-124', 'massage', '06649@pre2025', '2019-03-27', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-425', '{"id":"qn-2019-425","roundId":"qn-round-17","establishmentId":"qn-est-125","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-28","outcome":"compliant"}', 'qn-round-17', 'qn-est-125', 'guesthouse', '06649@pre2025', '2019-03-28', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-426', '{"id":"qn-2019-426","roundId":"qn-round-18","establishmentId":"qn-est-126","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-03-29","outcome":"compliant"}', 'qn-round-18', 'qn-est-126', 'karaoke', '06649@pre2025', '2019-03-29', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-427', '{"id":"qn-2019-427","roundId":"qn-round-19","establishmentId":"qn-est-127","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-03-30","outcome":"compliant"}', 'qn-round-19', 'qn-est-127', 'massage', '06649@pre2025', '2019-03-30', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-428', '{"id":"qn-2019-428","roundId":"qn-round-20","establishmentId":"qn-est-128","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-03-31","outcome":"compliant"}', 'qn-round-20', 'qn-est-128', 'guesthouse', '06649@pre2025', '2019-03-31', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-429', '{"id":"qn-2019-429","roundId":"qn-round-21","establishmentId":"qn-est-129","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-01","outcome":"compliant"}', 'qn-round-21', 'qn-est-129', 'karaoke', '06649@pre2025', '2019-04-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-430', '{"id":"qn-2019-430","roundId":"qn-round-22","establishmentId":"qn-est-130","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-02","outcome":"compliant"}', 'qn-round-22', 'qn-est-130', 'massage', '06649@pre2025', '2019-04-02', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-431', '{"id":"qn-2019-431","roundId":"qn-round-23","establishmentId":"qn-est-131","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-03","outcome":"compliant"}', 'qn-round-23', 'qn-est-131', 'guesthouse', '06649@pre2025', '2019-04-03', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-432', '{"id":"qn-2019-432","roundId":"qn-round-24","establishmentId":"qn-est-132","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-04","outcome":"compliant"}', 'qn-round-24', 'qn-est-132', 'karaoke', '06649@pre2025', '2019-04-04', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-433', '{"id":"qn-2019-433","roundId":"qn-round-25","establishmentId":"qn-est-133","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-05","outcome":"compliant"}', 'qn-round-25', 'qn-est-133', 'massage', '06649@pre2025', '2019-04-05', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-434', '{"id":"qn-2019-434","roundId":"qn-round-26","establishmentId":"qn-est-134","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-06","outcome":"compliant"}', 'qn-round-26', 'qn-est-134', 'guesthouse', '06649@pre2025', '2019-04-06', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-435', '{"id":"qn-2019-435","roundId":"qn-round-27","establishmentId":"qn-est-135","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-07","outcome":"compliant"}', 'qn-round-27', 'qn-est-135', 'karaoke', '06649@pre2025', '2019-04-07', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-436', '{"id":"qn-2019-436","roundId":"qn-round-28","establishmentId":"qn-est-136","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-08","outcome":"compliant"}', 'qn-round-28', 'qn-est-136', 'massage', '06649@pre2025', '2019-04-08', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-437', '{"id":"qn-2019-437","roundId":"qn-round-29","establishmentId":"qn-est-137","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-09","outcome":"compliant"}', 'qn-round-29', 'qn-est-137', 'guesthouse', '06649@pre2025', '2019-04-09', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-438', '{"id":"qn-2019-438","roundId":"qn-round-30","establishmentId":"qn-est-138","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-10","outcome":"compliant"}', 'qn-round-30', 'qn-est-138', 'karaoke', '06649@pre2025', '2019-04-10', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-439', '{"id":"qn-2019-439","roundId":"qn-round-31","establishmentId":"qn-est-139","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-11","outcome":"compliant"}', 'qn-round-31', 'qn-est-139', 'massage', '06649@pre2025', '2019-04-11', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-440', '{"id":"qn-2019-440","roundId":"qn-round-32","establishmentId":"qn-est-140","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-12","outcome":"compliant"}', 'qn-round-32', 'qn-est-140', 'guesthouse', '06649@pre2025', '2019-04-12', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-441', '{"id":"qn-2019-441","roundId":"qn-round-33","establishmentId":"qn-est-141","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-13","outcome":"compliant"}', 'qn-round-33', 'qn-est-141', 'karaoke', '06649@pre2025', '2019-04-13', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-442', '{"id":"qn-2019-442","roundId":"qn-round-34","establishmentId":"qn-est-142","establishmentType":"massage","unitId":"06649@pre2025","date":"2019-04-14","outcome":"compliant"}', 'qn-round-34', 'qn-est-142', 'massage', '06649@pre2025', '2019-04-14', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-443', '{"id":"qn-2019-443","roundId":"qn-round-35","establishmentId":"qn-est-143","establishmentType":"guesthouse","unitId":"06649@pre2025","date":"2019-04-15","outcome":"compliant"}', 'qn-round-35', 'qn-est-143', 'guesthouse', '06649@pre2025', '2019-04-15', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('qn-2019-444', '{"id":"qn-2019-444","roundId":"qn-round-36","establishmentId":"qn-est-144","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-04-16","outcome":"compliant"}', 'qn-round-36', 'qn-est-144', 'karaoke', '06649@pre2025', '2019-04-16', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v10', '{"id":"v10","roundId":"r1","establishmentId":"s4","establishmentType":"hotel","unitId":"10525@2025","date":"2018-01-01","outcome":"violation","fine":100000}', 'r1', 's4', 'hotel', '10525@2025', '2018-01-01', 'violation', 100000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v10000', '{"id":"v10000","roundId":"r1","establishmentId":"s3","establishmentType":"beauty_salon","unitId":"10510@pre2025","date":"2025-06-30","outcome":"violation","fine":100000}', 'r1', 's3', 'beauty_salon', '10510@pre2025', '2025-06-30', 'violation', 100000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v1166', '{"id":"v1166","roundId":"r2","establishmentId":"s6","establishmentType":"guesthouse","unitId":"11458@pre2025","date":"2026-11-22","outcome":"compliant"}', 'r2', 's6', 'guesthouse', '11458@pre2025', '2026-11-22', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v1362', '{"id":"v1362","roundId":"r3","establishmentId":"s1","establishmentType":"karaoke","unitId":"10507@pre2025","date":"2019-09-14","outcome":"violation","fine":1900000}', 'r3', 's1', 'karaoke', '10507@pre2025', '2019-09-14', 'violation', 1900000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v1375', '{"id":"v1375","roundId":"r3","establishmentId":"s6","establishmentType":"restaurant","unitId":"10507@pre2025","date":"2019-03-14","outcome":"violation","fine":4800000}', 'r3', 's6', 'restaurant', '10507@pre2025', '2019-03-14', 'violation', 4800000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v15', '{"id":"v15","roundId":"r1","establishmentId":"s6","establishmentType":"karaoke","unitId":"06649@pre2025","date":"2019-06-14","outcome":"reminder"}', 'r1', 's6', 'karaoke', '06649@pre2025', '2019-06-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v1509', '{"id":"v1509","roundId":"r2","establishmentId":"s5","establishmentType":"massage","unitId":"10510@pre2025","date":"2020-02-29","outcome":"violation","fine":600000}', 'r2', 's5', 'massage', '10510@pre2025', '2020-02-29', 'violation', 600000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v1565', '{"id":"v1565","roundId":"r4","establishmentId":"s1","establishmentType":"other","unitId":"10525@2025","date":"2022-10-06","outcome":"violation","fine":1000000}', 'r4', 's1', 'other', '10525@2025', '2022-10-06', 'violation', 1000000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v1707', '{"id":"v1707","roundId":"r4","establishmentId":"s2","establishmentType":"restaurant","unitId":"06652@pre2025","date":"2019-03-15","outcome":"compliant"}', 'r4', 's2', 'restaurant', '06652@pre2025', '2019-03-15', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v2270', '{"id":"v2270","roundId":"r1","establishmentId":"s2","establishmentType":"cafe","unitId":"10507@2025","date":"2020-01-31","outcome":"compliant"}', 'r1', 's2', 'cafe', '10507@2025', '2020-01-31', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v2283', '{"id":"v2283","roundId":"r3","establishmentId":"s4","establishmentType":"massage","unitId":"10525@2025","date":"2019-12-31","outcome":"compliant"}', 'r3', 's4', 'massage', '10525@2025', '2019-12-31', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v2325', '{"id":"v2325","roundId":"r2","establishmentId":"s6","establishmentType":"other","unitId":"11461@pre2025","date":"2018-01-08","outcome":"reminder"}', 'r2', 's6', 'other', '11461@pre2025', '2018-01-08', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v2978', '{"id":"v2978","roundId":"r1","establishmentId":"s1","establishmentType":"hotel","unitId":"10510@pre2025","date":"2019-06-14","outcome":"violation","fine":2000000}', 'r1', 's1', 'hotel', '10510@pre2025', '2019-06-14', 'violation', 2000000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v2981', '{"id":"v2981","roundId":"r2","establishmentId":"s5","establishmentType":"bar","unitId":"30736@pre2025","date":"2026-01-18","outcome":"violation","fine":1600000}', 'r2', 's5', 'bar', '30736@pre2025', '2026-01-18', 'violation', 1600000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v2985', '{"id":"v2985","roundId":"r4","establishmentId":"s5","establishmentType":"cafe","unitId":"10525@2025","date":"2025-07-01","outcome":"reminder"}', 'r4', 's5', 'cafe', '10525@2025', '2025-07-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v2987', '{"id":"v2987","roundId":"r4","establishmentId":"s1","establishmentType":"cafe","unitId":"06649@pre2025","date":"2023-05-28","outcome":"violation","fine":3000000}', 'r4', 's1', 'cafe', '06649@pre2025', '2023-05-28', 'violation', 3000000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v3', '{"id":"v3","roundId":"r1","establishmentId":"s2","establishmentType":"karaoke","unitId":"30733@pre2025","date":"2022-01-09","outcome":"violation","fine":4500000}', 'r1', 's2', 'karaoke', '30733@pre2025', '2022-01-09', 'violation', 4500000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v3089', '{"id":"v3089","roundId":"r1","establishmentId":"s4","establishmentType":"guesthouse","unitId":"10507@2025","date":"2025-07-08","outcome":"violation","fine":700000}', 'r1', 's4', 'guesthouse', '10507@2025', '2025-07-08', 'violation', 700000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v3400', '{"id":"v3400","roundId":"r1","establishmentId":"s1","establishmentType":"karaoke","unitId":"11455@pre2025","date":"2026-06-18","outcome":"violation","fine":1000000}', 'r1', 's1', 'karaoke', '11455@pre2025', '2026-06-18', 'violation', 1000000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v357', '{"id":"v357","roundId":"r4","establishmentId":"s1","establishmentType":"cafe","unitId":"10507@pre2025","date":"2019-06-14","outcome":"reminder"}', 'r4', 's1', 'cafe', '10507@pre2025', '2019-06-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v3710', '{"id":"v3710","roundId":"r2","establishmentId":"s4","establishmentType":"beauty_salon","unitId":"11458@pre2025","date":"2019-06-15","outcome":"reminder"}', 'r2', 's4', 'beauty_salon', '11458@pre2025', '2019-06-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v3753', '{"id":"v3753","roundId":"r1","establishmentId":"s3","establishmentType":"bar","unitId":"10507@pre2025","date":"2024-01-04","outcome":"compliant"}', 'r1', 's3', 'bar', '10507@pre2025', '2024-01-04', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4', '{"id":"v4","roundId":"r3","establishmentId":"s3","establishmentType":"massage","unitId":"10525@2025","date":"2026-07-26","outcome":"reminder"}', 'r3', 's3', 'massage', '10525@2025', '2026-07-26', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4033', '{"id":"v4033","roundId":"r4","establishmentId":"s1","establishmentType":"cafe","unitId":"10525@2025","date":"2018-12-14","outcome":"reminder"}', 'r4', 's1', 'cafe', '10525@2025', '2018-12-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4115', '{"id":"v4115","roundId":"r1","establishmentId":"s2","establishmentType":"restaurant","unitId":"30301@2025","date":"2024-10-03","outcome":"reminder"}', 'r1', 's2', 'restaurant', '30301@2025', '2024-10-03', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4119', '{"id":"v4119","roundId":"r1","establishmentId":"s4","establishmentType":"cafe","unitId":"11455@pre2025","date":"2021-01-20","outcome":"violation","fine":1000000}', 'r1', 's4', 'cafe', '11455@pre2025', '2021-01-20', 'violation', 1000000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4195', '{"id":"v4195","roundId":"r2","establishmentId":"s3","establishmentType":"other","unitId":"11458@pre2025","date":"2025-06-30","outcome":"reminder"}', 'r2', 's3', 'other', '11458@pre2025', '2025-06-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4205', '{"id":"v4205","roundId":"r1","establishmentId":"s4","establishmentType":"cafe","unitId":"10510@pre2025","date":"2021-10-25","outcome":"violation","fine":2800000}', 'r1', 's4', 'cafe', '10510@pre2025', '2021-10-25', 'violation', 2800000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4301', '{"id":"v4301","roundId":"r2","establishmentId":"s6","establishmentType":"restaurant","unitId":"11461@pre2025","date":"2019-12-31","outcome":"violation","fine":4700000}', 'r2', 's6', 'restaurant', '11461@pre2025', '2019-12-31', 'violation', 4700000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4319', '{"id":"v4319","roundId":"r2","establishmentId":"s3","establishmentType":"guesthouse","unitId":"11458@pre2025","date":"2026-10-01","outcome":"compliant"}', 'r2', 's3', 'guesthouse', '11458@pre2025', '2026-10-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4382', '{"id":"v4382","roundId":"r3","establishmentId":"s3","establishmentType":"karaoke","unitId":"30736@pre2025","date":"2024-01-10","outcome":"reminder"}', 'r3', 's3', 'karaoke', '30736@pre2025', '2024-01-10', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4412', '{"id":"v4412","roundId":"r1","establishmentId":"s6","establishmentType":"karaoke","unitId":"11455@pre2025","date":"2026-07-03","outcome":"violation","fine":4400000}', 'r1', 's6', 'karaoke', '11455@pre2025', '2026-07-03', 'violation', 4400000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4584', '{"id":"v4584","roundId":"r1","establishmentId":"s1","establishmentType":"other","unitId":"10525@2025","date":"2019-03-15","outcome":"violation","fine":500000}', 'r1', 's1', 'other', '10525@2025', '2019-03-15', 'violation', 500000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4711', '{"id":"v4711","roundId":"r4","establishmentId":"s6","establishmentType":"beauty_salon","unitId":"11455@pre2025","date":"2018-03-25","outcome":"reminder"}', 'r4', 's6', 'beauty_salon', '11455@pre2025', '2018-03-25', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v4879', '{"id":"v4879","roundId":"r4","establishmentId":"s6","establishmentType":"bar","unitId":"06649@pre2025","date":"2026-11-21","outcome":"compliant"}', 'r4', 's6', 'bar', '06649@pre2025', '2026-11-21', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v5055', '{"id":"v5055","roundId":"r2","establishmentId":"s2","establishmentType":"guesthouse","unitId":"10507@2025","date":"2019-01-03","outcome":"violation","fine":4600000}', 'r2', 's2', 'guesthouse', '10507@2025', '2019-01-03', 'violation', 4600000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v5105', '{"id":"v5105","roundId":"r2","establishmentId":"s5","establishmentType":"restaurant","unitId":"06649@pre2025","date":"2024-12-04","outcome":"compliant"}', 'r2', 's5', 'restaurant', '06649@pre2025', '2024-12-04', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v5146', '{"id":"v5146","roundId":"r2","establishmentId":"s2","establishmentType":"other","unitId":"10525@2025","date":"2019-06-15","outcome":"violation","fine":1600000}', 'r2', 's2', 'other', '10525@2025', '2019-06-15', 'violation', 1600000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v5219', '{"id":"v5219","roundId":"r2","establishmentId":"s1","establishmentType":"beauty_salon","unitId":"06649@pre2025","date":"2019-09-15","outcome":"violation","fine":800000}', 'r2', 's1', 'beauty_salon', '06649@pre2025', '2019-09-15', 'violation', 800000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v5233', '{"id":"v5233","roundId":"r2","establishmentId":"s6","establishmentType":"massage","unitId":"30733@pre2025","date":"2019-01-28","outcome":"reminder"}', 'r2', 's6', 'massage', '30733@pre2025', '2019-01-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v592', '{"id":"v592","roundId":"r3","establishmentId":"s2","establishmentType":"restaurant","unitId":"10507@2025","date":"2019-06-15","outcome":"violation","fine":2000000}', 'r3', 's2', 'restaurant', '10507@2025', '2019-06-15', 'violation', 2000000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v5923', '{"id":"v5923","roundId":"r4","establishmentId":"s5","establishmentType":"restaurant","unitId":"30292@2025","date":"2020-02-29","outcome":"reminder"}', 'r4', 's5', 'restaurant', '30292@2025', '2020-02-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v5965', '{"id":"v5965","roundId":"r3","establishmentId":"s2","establishmentType":"hotel","unitId":"30301@2025","date":"2019-09-01","outcome":"compliant"}', 'r3', 's2', 'hotel', '30301@2025', '2019-09-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v6299', '{"id":"v6299","roundId":"r1","establishmentId":"s6","establishmentType":"hotel","unitId":"10507@2025","date":"2021-02-28","outcome":"compliant"}', 'r1', 's6', 'hotel', '10507@2025', '2021-02-28', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v6348', '{"id":"v6348","roundId":"r2","establishmentId":"s3","establishmentType":"other","unitId":"11461@pre2025","date":"2018-12-14","outcome":"violation","fine":2200000}', 'r2', 's3', 'other', '11461@pre2025', '2018-12-14', 'violation', 2200000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v636', '{"id":"v636","roundId":"r2","establishmentId":"s3","establishmentType":"bar","unitId":"10507@pre2025","date":"2020-02-29","outcome":"reminder"}', 'r2', 's3', 'bar', '10507@pre2025', '2020-02-29', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v6895', '{"id":"v6895","roundId":"r1","establishmentId":"s6","establishmentType":"karaoke","unitId":"10507@2025","date":"2020-02-29","outcome":"compliant"}', 'r1', 's6', 'karaoke', '10507@2025', '2020-02-29', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v7', '{"id":"v7","roundId":"r4","establishmentId":"s1","establishmentType":"restaurant","unitId":"11458@pre2025","date":"2019-06-14","outcome":"violation","fine":300000}', 'r4', 's1', 'restaurant', '11458@pre2025', '2019-06-14', 'violation', 300000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v7075', '{"id":"v7075","roundId":"r1","establishmentId":"s5","establishmentType":"cafe","unitId":"10507@pre2025","date":"2019-12-15","outcome":"compliant"}', 'r1', 's5', 'cafe', '10507@pre2025', '2019-12-15', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v7225', '{"id":"v7225","roundId":"r3","establishmentId":"s4","establishmentType":"massage","unitId":"30733@pre2025","date":"2019-08-21","outcome":"violation","fine":4900000}', 'r3', 's4', 'massage', '30733@pre2025', '2019-08-21', 'violation', 4900000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v7303', '{"id":"v7303","roundId":"r3","establishmentId":"s3","establishmentType":"karaoke","unitId":"30736@pre2025","date":"2019-03-14","outcome":"reminder"}', 'r3', 's3', 'karaoke', '30736@pre2025', '2019-03-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v7324', '{"id":"v7324","roundId":"r3","establishmentId":"s6","establishmentType":"karaoke","unitId":"30733@pre2025","date":"2019-06-14","outcome":"compliant"}', 'r3', 's6', 'karaoke', '30733@pre2025', '2019-06-14', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v7450', '{"id":"v7450","roundId":"r2","establishmentId":"s2","establishmentType":"other","unitId":"06652@pre2025","date":"2019-12-14","outcome":"reminder"}', 'r2', 's2', 'other', '06652@pre2025', '2019-12-14', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v7815', '{"id":"v7815","roundId":"r3","establishmentId":"s5","establishmentType":"beauty_salon","unitId":"10510@pre2025","date":"2022-09-29","outcome":"violation","fine":2000000}', 'r3', 's5', 'beauty_salon', '10510@pre2025', '2022-09-29', 'violation', 2000000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v786', '{"id":"v786","roundId":"r1","establishmentId":"s3","establishmentType":"cafe","unitId":"11455@pre2025","date":"2019-06-15","outcome":"reminder"}', 'r1', 's3', 'cafe', '11455@pre2025', '2019-06-15', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v791', '{"id":"v791","roundId":"r4","establishmentId":"s1","establishmentType":"other","unitId":"30733@pre2025","date":"2019-12-14","outcome":"violation","fine":3700000}', 'r4', 's1', 'other', '30733@pre2025', '2019-12-14', 'violation', 3700000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8086', '{"id":"v8086","roundId":"r1","establishmentId":"s5","establishmentType":"guesthouse","unitId":"11455@pre2025","date":"2019-01-01","outcome":"compliant"}', 'r1', 's5', 'guesthouse', '11455@pre2025', '2019-01-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8143', '{"id":"v8143","roundId":"r3","establishmentId":"s4","establishmentType":"massage","unitId":"10507@2025","date":"2020-10-15","outcome":"compliant"}', 'r3', 's4', 'massage', '10507@2025', '2020-10-15', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8158', '{"id":"v8158","roundId":"r3","establishmentId":"s2","establishmentType":"massage","unitId":"10507@2025","date":"2019-11-18","outcome":"compliant"}', 'r3', 's2', 'massage', '10507@2025', '2019-11-18', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8166', '{"id":"v8166","roundId":"r1","establishmentId":"s1","establishmentType":"bar","unitId":"06652@pre2025","date":"2018-05-30","outcome":"reminder"}', 'r1', 's1', 'bar', '06652@pre2025', '2018-05-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8254', '{"id":"v8254","roundId":"r3","establishmentId":"s3","establishmentType":"guesthouse","unitId":"30736@pre2025","date":"2025-04-26","outcome":"violation","fine":4500000}', 'r3', 's3', 'guesthouse', '30736@pre2025', '2025-04-26', 'violation', 4500000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8370', '{"id":"v8370","roundId":"r3","establishmentId":"s4","establishmentType":"karaoke","unitId":"06652@pre2025","date":"2025-06-30","outcome":"reminder"}', 'r3', 's4', 'karaoke', '06652@pre2025', '2025-06-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8437', '{"id":"v8437","roundId":"r4","establishmentId":"s1","establishmentType":"karaoke","unitId":"30301@2025","date":"2018-12-14","outcome":"compliant"}', 'r4', 's1', 'karaoke', '30301@2025', '2018-12-14', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8497', '{"id":"v8497","roundId":"r2","establishmentId":"s3","establishmentType":"restaurant","unitId":"06649@pre2025","date":"2025-03-22","outcome":"violation","fine":100000}', 'r2', 's3', 'restaurant', '06649@pre2025', '2025-03-22', 'violation', 100000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8532', '{"id":"v8532","roundId":"r2","establishmentId":"s3","establishmentType":"restaurant","unitId":"30301@2025","date":"2018-12-15","outcome":"violation","fine":200000}', 'r2', 's3', 'restaurant', '30301@2025', '2018-12-15', 'violation', 200000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8748', '{"id":"v8748","roundId":"r4","establishmentId":"s5","establishmentType":"cafe","unitId":"30736@pre2025","date":"2025-07-01","outcome":"compliant"}', 'r4', 's5', 'cafe', '30736@pre2025', '2025-07-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8777', '{"id":"v8777","roundId":"r3","establishmentId":"s6","establishmentType":"hotel","unitId":"11458@pre2025","date":"2019-01-01","outcome":"violation","fine":4600000}', 'r3', 's6', 'hotel', '11458@pre2025', '2019-01-01', 'violation', 4600000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8811', '{"id":"v8811","roundId":"r4","establishmentId":"s6","establishmentType":"beauty_salon","unitId":"30733@pre2025","date":"2019-12-15","outcome":"violation","fine":4800000}', 'r4', 's6', 'beauty_salon', '30733@pre2025', '2019-12-15', 'violation', 4800000);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v8964', '{"id":"v8964","roundId":"r2","establishmentId":"s1","establishmentType":"karaoke","unitId":"30301@2025","date":"2020-06-01","outcome":"reminder"}', 'r2', 's1', 'karaoke', '30301@2025', '2020-06-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v9', '{"id":"v9","roundId":"r4","establishmentId":"s3","establishmentType":"cafe","unitId":"10507@2025","date":"2019-01-01","outcome":"compliant"}', 'r4', 's3', 'cafe', '10507@2025', '2019-01-01', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v9535', '{"id":"v9535","roundId":"r4","establishmentId":"s3","establishmentType":"massage","unitId":"10507@2025","date":"2022-02-28","outcome":"reminder"}', 'r4', 's3', 'massage', '10507@2025', '2022-02-28', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v9558', '{"id":"v9558","roundId":"r2","establishmentId":"s4","establishmentType":"karaoke","unitId":"30733@pre2025","date":"2025-06-30","outcome":"reminder"}', 'r2', 's4', 'karaoke', '30733@pre2025', '2025-06-30', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v9663', '{"id":"v9663","roundId":"r2","establishmentId":"s6","establishmentType":"karaoke","unitId":"10507@2025","date":"2022-07-17","outcome":"compliant"}', 'r2', 's6', 'karaoke', '10507@2025', '2022-07-17', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v9740', '{"id":"v9740","roundId":"r2","establishmentId":"s6","establishmentType":"bar","unitId":"30733@pre2025","date":"2022-11-22","outcome":"compliant"}', 'r2', 's6', 'bar', '30733@pre2025', '2022-11-22', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v9898', '{"id":"v9898","roundId":"r2","establishmentId":"s3","establishmentType":"massage","unitId":"06652@pre2025","date":"2025-07-01","outcome":"reminder"}', 'r2', 's3', 'massage', '06652@pre2025', '2025-07-01', 'reminder', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('v9988', '{"id":"v9988","roundId":"r4","establishmentId":"s1","establishmentType":"guesthouse","unitId":"11458@pre2025","date":"2019-12-14","outcome":"compliant"}', 'r4', 's1', 'guesthouse', '11458@pre2025', '2019-12-14', 'compliant', NULL);
INSERT INTO pctnxh_fixture.pctnxh_inspection_visit VALUES ('visit-1', '{"id":"visit-1","roundId":"round-1","establishmentId":"est-1","establishmentType":"karaoke","unitId":"11455@pre2025","date":"2019-04-02","outcome":"violation","fine":3500000}', 'round-1', 'est-1', 'karaoke', '11455@pre2025', '2019-04-02', 'violation', 3500000);


--
-- Data for Name: pctnxh_migrations; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_migrations VALUES ('0001_tables', '2026-12-05T10:18:14.594Z');
INSERT INTO pctnxh_fixture.pctnxh_migrations VALUES ('kind_vaultEntry', '2026-12-05T10:18:14.601Z');
INSERT INTO pctnxh_fixture.pctnxh_migrations VALUES ('kind_auditEntry', '2026-12-05T10:18:14.605Z');
INSERT INTO pctnxh_fixture.pctnxh_migrations VALUES ('kind_incident', '2026-12-05T10:18:14.609Z');
INSERT INTO pctnxh_fixture.pctnxh_migrations VALUES ('kind_disclosureRelease', '2026-12-05T10:18:14.613Z');


--
-- Data for Name: pctnxh_model; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_model VALUES ('m1', '{"id":"m1","name":"Model 0","type":"community_support","implementerId":"org1","funderIds":[],"partnerIds":[],"siteIds":[],"start":"2016-01-01"}', 'community_support');
INSERT INTO pctnxh_fixture.pctnxh_model VALUES ('m2', '{"id":"m2","name":"Model 1","type":"peer_groups","implementerId":"org1","funderIds":[],"partnerIds":[],"siteIds":[],"start":"2016-01-01"}', 'peer_groups');
INSERT INTO pctnxh_fixture.pctnxh_model VALUES ('m3', '{"id":"m3","name":"Model 2","type":"reintegration","implementerId":"org1","funderIds":[],"partnerIds":[],"siteIds":[],"start":"2016-01-01"}', 'reintegration');
INSERT INTO pctnxh_fixture.pctnxh_model VALUES ('model-1', '{"id":"model-1","name":"Nhóm tự lực","type":"peer_groups","programmeId":"prog-361","implementerId":"org-1","funderIds":["org-1"],"partnerIds":[],"siteIds":["11455@pre2025"],"start":"2019-01-01","end":"2020-12-31"}', 'peer_groups');


--
-- Data for Name: pctnxh_organisation; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_organisation VALUES ('org-1', '{"id":"org-1","name":"Chi cục PCTNXH","kind":"government_office","unitId":"11455@pre2025"}');


--
-- Data for Name: pctnxh_period; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2018', '2018-01-01', '2018-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2018S1', '2018-01-01', '2018-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2018S2', '2018-07-01', '2018-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2018Q1', '2018-01-01', '2018-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2018Q2', '2018-04-01', '2018-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2018Q3', '2018-07-01', '2018-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2018Q4', '2018-10-01', '2018-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M01', '2018-01-01', '2018-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M02', '2018-02-01', '2018-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M03', '2018-03-01', '2018-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M04', '2018-04-01', '2018-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M05', '2018-05-01', '2018-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M06', '2018-06-01', '2018-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M07', '2018-07-01', '2018-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M08', '2018-08-01', '2018-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M09', '2018-09-01', '2018-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M10', '2018-10-01', '2018-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M11', '2018-11-01', '2018-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2018M12', '2018-12-01', '2018-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2018', '2017-12-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2018S1', '2017-12-15', '2018-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2018S2', '2018-06-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2018Q1', '2017-12-15', '2018-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2018Q2', '2018-03-15', '2018-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2018Q3', '2018-06-15', '2018-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2018Q4', '2018-09-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M01', '2017-12-15', '2018-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M02', '2018-01-15', '2018-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M03', '2018-02-15', '2018-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M04', '2018-03-15', '2018-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M05', '2018-04-15', '2018-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M06', '2018-05-15', '2018-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M07', '2018-06-15', '2018-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M08', '2018-07-15', '2018-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M09', '2018-08-15', '2018-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M10', '2018-09-15', '2018-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M11', '2018-10-15', '2018-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2018M12', '2018-11-15', '2018-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2019', '2019-01-01', '2019-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2019S1', '2019-01-01', '2019-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2019S2', '2019-07-01', '2019-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2019Q1', '2019-01-01', '2019-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2019Q2', '2019-04-01', '2019-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2019Q3', '2019-07-01', '2019-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2019Q4', '2019-10-01', '2019-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M01', '2019-01-01', '2019-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M02', '2019-02-01', '2019-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M03', '2019-03-01', '2019-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M04', '2019-04-01', '2019-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M05', '2019-05-01', '2019-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M06', '2019-06-01', '2019-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M07', '2019-07-01', '2019-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M08', '2019-08-01', '2019-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M09', '2019-09-01', '2019-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M10', '2019-10-01', '2019-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M11', '2019-11-01', '2019-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2019M12', '2019-12-01', '2019-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2019', '2018-12-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2019S1', '2018-12-15', '2019-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2019S2', '2019-06-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2019Q1', '2018-12-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2019Q2', '2019-03-15', '2019-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2019Q3', '2019-06-15', '2019-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2019Q4', '2019-09-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M01', '2018-12-15', '2019-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M02', '2019-01-15', '2019-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M03', '2019-02-15', '2019-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M04', '2019-03-15', '2019-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M05', '2019-04-15', '2019-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M06', '2019-05-15', '2019-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M07', '2019-06-15', '2019-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M08', '2019-07-15', '2019-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M09', '2019-08-15', '2019-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M10', '2019-09-15', '2019-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M11', '2019-10-15', '2019-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2019M12', '2019-11-15', '2019-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2020', '2020-01-01', '2020-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2020S1', '2020-01-01', '2020-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2020S2', '2020-07-01', '2020-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2020Q1', '2020-01-01', '2020-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2020Q2', '2020-04-01', '2020-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2020Q3', '2020-07-01', '2020-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2020Q4', '2020-10-01', '2020-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M01', '2020-01-01', '2020-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M02', '2020-02-01', '2020-02-29');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M03', '2020-03-01', '2020-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M04', '2020-04-01', '2020-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M05', '2020-05-01', '2020-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M06', '2020-06-01', '2020-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M07', '2020-07-01', '2020-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M08', '2020-08-01', '2020-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M09', '2020-09-01', '2020-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M10', '2020-10-01', '2020-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M11', '2020-11-01', '2020-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2020M12', '2020-12-01', '2020-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2020', '2019-12-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2020S1', '2019-12-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2020S2', '2020-06-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2020Q1', '2019-12-15', '2020-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2020Q2', '2020-03-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2020Q3', '2020-06-15', '2020-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2020Q4', '2020-09-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M01', '2019-12-15', '2020-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M02', '2020-01-15', '2020-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M03', '2020-02-15', '2020-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M04', '2020-03-15', '2020-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M05', '2020-04-15', '2020-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M06', '2020-05-15', '2020-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M07', '2020-06-15', '2020-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M08', '2020-07-15', '2020-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M09', '2020-08-15', '2020-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M10', '2020-09-15', '2020-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M11', '2020-10-15', '2020-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2020M12', '2020-11-15', '2020-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2023', '2023-01-01', '2023-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2023S1', '2023-01-01', '2023-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2023S2', '2023-07-01', '2023-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2023Q1', '2023-01-01', '2023-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2023Q2', '2023-04-01', '2023-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2023Q3', '2023-07-01', '2023-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2023Q4', '2023-10-01', '2023-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M01', '2023-01-01', '2023-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M02', '2023-02-01', '2023-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M03', '2023-03-01', '2023-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M04', '2023-04-01', '2023-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M05', '2023-05-01', '2023-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M06', '2023-06-01', '2023-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M07', '2023-07-01', '2023-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M08', '2023-08-01', '2023-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M09', '2023-09-01', '2023-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M10', '2023-10-01', '2023-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M11', '2023-11-01', '2023-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2023M12', '2023-12-01', '2023-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2023', '2022-12-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2023S1', '2022-12-15', '2023-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2023S2', '2023-06-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2023Q1', '2022-12-15', '2023-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2023Q2', '2023-03-15', '2023-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2023Q3', '2023-06-15', '2023-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2023Q4', '2023-09-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M01', '2022-12-15', '2023-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M02', '2023-01-15', '2023-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M03', '2023-02-15', '2023-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M04', '2023-03-15', '2023-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M05', '2023-04-15', '2023-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M06', '2023-05-15', '2023-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M07', '2023-06-15', '2023-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M08', '2023-07-15', '2023-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M09', '2023-08-15', '2023-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M10', '2023-09-15', '2023-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M11', '2023-10-15', '2023-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2023M12', '2023-11-15', '2023-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2024', '2024-01-01', '2024-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2024S1', '2024-01-01', '2024-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2024S2', '2024-07-01', '2024-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2024Q1', '2024-01-01', '2024-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2024Q2', '2024-04-01', '2024-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2024Q3', '2024-07-01', '2024-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2024Q4', '2024-10-01', '2024-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M01', '2024-01-01', '2024-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M02', '2024-02-01', '2024-02-29');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M03', '2024-03-01', '2024-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M04', '2024-04-01', '2024-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M05', '2024-05-01', '2024-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M06', '2024-06-01', '2024-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M07', '2024-07-01', '2024-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M08', '2024-08-01', '2024-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M09', '2024-09-01', '2024-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M10', '2024-10-01', '2024-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M11', '2024-11-01', '2024-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2024M12', '2024-12-01', '2024-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2024', '2023-12-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2024S1', '2023-12-15', '2024-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2024S2', '2024-06-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2024Q1', '2023-12-15', '2024-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2024Q2', '2024-03-15', '2024-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2024Q3', '2024-06-15', '2024-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2024Q4', '2024-09-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M01', '2023-12-15', '2024-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M02', '2024-01-15', '2024-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M03', '2024-02-15', '2024-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M04', '2024-03-15', '2024-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M05', '2024-04-15', '2024-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M06', '2024-05-15', '2024-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M07', '2024-06-15', '2024-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M08', '2024-07-15', '2024-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M09', '2024-08-15', '2024-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M10', '2024-09-15', '2024-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M11', '2024-10-15', '2024-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2024M12', '2024-11-15', '2024-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2025', '2025-01-01', '2025-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2025S1', '2025-01-01', '2025-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2025S2', '2025-07-01', '2025-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2025Q1', '2025-01-01', '2025-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2025Q2', '2025-04-01', '2025-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2025Q3', '2025-07-01', '2025-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2025Q4', '2025-10-01', '2025-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M01', '2025-01-01', '2025-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M02', '2025-02-01', '2025-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M03', '2025-03-01', '2025-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M04', '2025-04-01', '2025-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M05', '2025-05-01', '2025-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M06', '2025-06-01', '2025-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M07', '2025-07-01', '2025-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M08', '2025-08-01', '2025-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M09', '2025-09-01', '2025-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M10', '2025-10-01', '2025-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M11', '2025-11-01', '2025-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2025M12', '2025-12-01', '2025-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2025', '2024-12-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2025S1', '2024-12-15', '2025-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2025S2', '2025-06-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2025Q1', '2024-12-15', '2025-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2025Q2', '2025-03-15', '2025-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2025Q3', '2025-06-15', '2025-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2025Q4', '2025-09-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M01', '2024-12-15', '2025-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M02', '2025-01-15', '2025-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M03', '2025-02-15', '2025-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M04', '2025-03-15', '2025-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M05', '2025-04-15', '2025-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M06', '2025-05-15', '2025-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M07', '2025-06-15', '2025-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M08', '2025-07-15', '2025-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M09', '2025-08-15', '2025-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M10', '2025-09-15', '2025-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M11', '2025-10-15', '2025-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2025M12', '2025-11-15', '2025-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2026', '2026-01-01', '2026-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2026S1', '2026-01-01', '2026-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2026S2', '2026-07-01', '2026-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2026Q1', '2026-01-01', '2026-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2026Q2', '2026-04-01', '2026-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2026Q3', '2026-07-01', '2026-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2026Q4', '2026-10-01', '2026-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M01', '2026-01-01', '2026-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M02', '2026-02-01', '2026-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M03', '2026-03-01', '2026-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M04', '2026-04-01', '2026-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M05', '2026-05-01', '2026-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M06', '2026-06-01', '2026-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M07', '2026-07-01', '2026-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M08', '2026-08-01', '2026-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M09', '2026-09-01', '2026-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M10', '2026-10-01', '2026-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M11', '2026-11-01', '2026-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2026M12', '2026-12-01', '2026-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2026', '2025-12-15', '2026-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2026S1', '2025-12-15', '2026-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2026S2', '2026-06-15', '2026-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2026Q1', '2025-12-15', '2026-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2026Q2', '2026-03-15', '2026-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2026Q3', '2026-06-15', '2026-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2026Q4', '2026-09-15', '2026-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M01', '2025-12-15', '2026-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M02', '2026-01-15', '2026-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M03', '2026-02-15', '2026-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M04', '2026-03-15', '2026-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M05', '2026-04-15', '2026-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M06', '2026-05-15', '2026-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M07', '2026-06-15', '2026-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M08', '2026-07-15', '2026-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M09', '2026-08-15', '2026-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M10', '2026-09-15', '2026-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M11', '2026-10-15', '2026-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2026M12', '2026-11-15', '2026-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2027', '2027-01-01', '2027-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2027S1', '2027-01-01', '2027-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2027S2', '2027-07-01', '2027-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2027Q1', '2027-01-01', '2027-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2027Q2', '2027-04-01', '2027-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2027Q3', '2027-07-01', '2027-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2027Q4', '2027-10-01', '2027-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M01', '2027-01-01', '2027-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M02', '2027-02-01', '2027-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M03', '2027-03-01', '2027-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M04', '2027-04-01', '2027-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M05', '2027-05-01', '2027-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M06', '2027-06-01', '2027-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M07', '2027-07-01', '2027-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M08', '2027-08-01', '2027-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M09', '2027-09-01', '2027-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M10', '2027-10-01', '2027-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M11', '2027-11-01', '2027-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2027M12', '2027-12-01', '2027-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2027', '2026-12-15', '2027-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2027S1', '2026-12-15', '2027-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2027S2', '2027-06-15', '2027-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2027Q1', '2026-12-15', '2027-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2027Q2', '2027-03-15', '2027-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2027Q3', '2027-06-15', '2027-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2027Q4', '2027-09-15', '2027-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M01', '2026-12-15', '2027-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M02', '2027-01-15', '2027-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M03', '2027-02-15', '2027-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M04', '2027-03-15', '2027-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M05', '2027-04-15', '2027-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M06', '2027-05-15', '2027-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M07', '2027-06-15', '2027-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M08', '2027-07-15', '2027-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M09', '2027-08-15', '2027-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M10', '2027-09-15', '2027-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M11', '2027-10-15', '2027-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2027M12', '2027-11-15', '2027-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2021', '2021-01-01', '2021-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2021S1', '2021-01-01', '2021-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2021S2', '2021-07-01', '2021-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2021Q1', '2021-01-01', '2021-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2021Q2', '2021-04-01', '2021-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2021Q3', '2021-07-01', '2021-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2021Q4', '2021-10-01', '2021-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M01', '2021-01-01', '2021-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M02', '2021-02-01', '2021-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M03', '2021-03-01', '2021-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M04', '2021-04-01', '2021-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M05', '2021-05-01', '2021-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M06', '2021-06-01', '2021-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M07', '2021-07-01', '2021-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M08', '2021-08-01', '2021-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M09', '2021-09-01', '2021-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M10', '2021-10-01', '2021-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M11', '2021-11-01', '2021-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2021M12', '2021-12-01', '2021-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2021', '2020-12-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2021S1', '2020-12-15', '2021-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2021S2', '2021-06-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2021Q1', '2020-12-15', '2021-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2021Q2', '2021-03-15', '2021-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2021Q3', '2021-06-15', '2021-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2021Q4', '2021-09-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M01', '2020-12-15', '2021-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M02', '2021-01-15', '2021-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M03', '2021-02-15', '2021-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M04', '2021-03-15', '2021-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M05', '2021-04-15', '2021-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M06', '2021-05-15', '2021-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M07', '2021-06-15', '2021-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M08', '2021-07-15', '2021-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M09', '2021-08-15', '2021-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M10', '2021-09-15', '2021-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M11', '2021-10-15', '2021-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2021M12', '2021-11-15', '2021-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2022', '2022-01-01', '2022-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2022S1', '2022-01-01', '2022-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2022S2', '2022-07-01', '2022-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2022Q1', '2022-01-01', '2022-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2022Q2', '2022-04-01', '2022-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2022Q3', '2022-07-01', '2022-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2022Q4', '2022-10-01', '2022-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M01', '2022-01-01', '2022-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M02', '2022-02-01', '2022-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M03', '2022-03-01', '2022-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M04', '2022-04-01', '2022-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M05', '2022-05-01', '2022-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M06', '2022-06-01', '2022-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M07', '2022-07-01', '2022-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M08', '2022-08-01', '2022-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M09', '2022-09-01', '2022-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M10', '2022-10-01', '2022-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M11', '2022-11-01', '2022-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2022M12', '2022-12-01', '2022-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2022', '2021-12-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2022S1', '2021-12-15', '2022-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2022S2', '2022-06-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2022Q1', '2021-12-15', '2022-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2022Q2', '2022-03-15', '2022-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2022Q3', '2022-06-15', '2022-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2022Q4', '2022-09-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M01', '2021-12-15', '2022-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M02', '2022-01-15', '2022-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M03', '2022-02-15', '2022-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M04', '2022-03-15', '2022-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M05', '2022-04-15', '2022-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M06', '2022-05-15', '2022-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M07', '2022-06-15', '2022-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M08', '2022-07-15', '2022-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M09', '2022-08-15', '2022-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M10', '2022-09-15', '2022-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M11', '2022-10-15', '2022-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2022M12', '2022-11-15', '2022-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'year', '2017', '2017-01-01', '2017-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2017S1', '2017-01-01', '2017-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'half', '2017S2', '2017-07-01', '2017-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2017Q1', '2017-01-01', '2017-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2017Q2', '2017-04-01', '2017-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2017Q3', '2017-07-01', '2017-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'quarter', '2017Q4', '2017-10-01', '2017-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M01', '2017-01-01', '2017-01-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M02', '2017-02-01', '2017-02-28');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M03', '2017-03-01', '2017-03-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M04', '2017-04-01', '2017-04-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M05', '2017-05-01', '2017-05-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M06', '2017-06-01', '2017-06-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M07', '2017-07-01', '2017-07-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M08', '2017-08-01', '2017-08-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M09', '2017-09-01', '2017-09-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M10', '2017-10-01', '2017-10-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M11', '2017-11-01', '2017-11-30');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('plain', 'month', '2017M12', '2017-12-01', '2017-12-31');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'year', '2017', '2016-12-15', '2017-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2017S1', '2016-12-15', '2017-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'half', '2017S2', '2017-06-15', '2017-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2017Q1', '2016-12-15', '2017-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2017Q2', '2017-03-15', '2017-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2017Q3', '2017-06-15', '2017-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'quarter', '2017Q4', '2017-09-15', '2017-12-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M01', '2016-12-15', '2017-01-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M02', '2017-01-15', '2017-02-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M03', '2017-02-15', '2017-03-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M04', '2017-03-15', '2017-04-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M05', '2017-04-15', '2017-05-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M06', '2017-05-15', '2017-06-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M07', '2017-06-15', '2017-07-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M08', '2017-07-15', '2017-08-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M09', '2017-08-15', '2017-09-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M10', '2017-09-15', '2017-10-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M11', '2017-10-15', '2017-11-14');
INSERT INTO pctnxh_fixture.pctnxh_period VALUES ('administrative', 'month', '2017M12', '2017-11-15', '2017-12-14');


--
-- Data for Name: pctnxh_person; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_person VALUES ('pseudo-a', '{"id":"pseudo-a","keyId":"k2026","population":"sex_worker","sex":"female","birthYear":1995,"residence":"temporary"}');


--
-- Data for Name: pctnxh_person_link; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_person_link VALUES ('group', 'group-1', 'pseudo-a');
INSERT INTO pctnxh_fixture.pctnxh_person_link VALUES ('activity', 'act-1', 'pseudo-a');


--
-- Data for Name: pctnxh_population_estimate; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_population_estimate VALUES ('pse-1', '{"id":"pse-1","population":"sex_worker","unitId":"11455@pre2025","year":2019,"size":1200,"low":900,"high":1500,"method":"mapping"}');


--
-- Data for Name: pctnxh_programme; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_programme VALUES ('prog-361', '{"id":"prog-361","code":"361/QĐ-TTg","name":"Chương trình phòng, chống mại dâm 2016–2020","legalBasis":"Quyết định 361/QĐ-TTg ngày 07/03/2017","start":"2016-01-01","end":"2020-12-31"}');


--
-- Data for Name: pctnxh_service_event; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('dec-14', '{"id":"dec-14","personId":"p-edge-1","modelId":"model-1","siteId":"11455@pre2025","date":"2019-12-14","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-edge-1', 'model-1', '11455@pre2025', '2019-12-14', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('dec-15', '{"id":"dec-15","personId":"p-edge-2","modelId":"model-1","siteId":"11455@pre2025","date":"2019-12-15","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-edge-2', 'model-1', '11455@pre2025', '2019-12-15', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e10000', '{"id":"e10000","personId":"p0","modelId":"m3","siteId":"10525@2025","date":"2019-12-31","service":"other","channel":"hotline","population":"sex_worker","sex":"unknown","birthYear":1963,"residence":"temporary","cost":4600000,"amount":200000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p0', 'm3', '10525@2025', '2019-12-31', 'other', 'hotline', 'completed', 'unknown', '50+', 'temporary', 'sex_worker', 4600000, 200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1004', '{"id":"e1004","personId":"p7","modelId":"m2","siteId":"10525@2025","date":"2019-08-04","service":"job_referral","channel":"outreach","population":"establishment_owner","sex":"female","residence":"none","cost":700000,"amount":3500000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p7', 'm2', '10525@2025', '2019-08-04', 'job_referral', 'outreach', 'pending', 'female', 'unknown', 'none', 'establishment_owner', 700000, 3500000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1019', '{"id":"e1019","personId":"p8","modelId":"m-missing","siteId":"06652@pre2025","date":"2019-03-14","service":"hiv_testing_counselling","channel":"outreach","population":"official","sex":"female","birthYear":1961,"residence":"temporary","cost":3000000,"amount":1500000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p8', 'm-missing', '06652@pre2025', '2019-03-14', 'hiv_testing_counselling', 'outreach', 'unknown', 'female', '50+', 'temporary', 'official', 3000000, 1500000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1076', '{"id":"e1076","personId":"p8","modelId":"m-missing","siteId":"30292@2025","date":"2018-12-15","service":"other","channel":"outreach","population":"peer_educator","sex":"other","birthYear":1964,"residence":"unknown","amount":4700000}', 'p8', 'm-missing', '30292@2025', '2018-12-15', 'other', 'outreach', NULL, 'other', '50+', 'unknown', 'peer_educator', NULL, 4700000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e11', '{"id":"e11","personId":"p2","modelId":"m-missing","siteId":"10525@2025","date":"2022-07-08","service":"legal_aid","channel":"office","population":"sex_worker","sex":"female","birthYear":1965,"residence":"none","amount":0,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p2', 'm-missing', '10525@2025', '2022-07-08', 'legal_aid', 'office', 'pending', 'female', '50+', 'none', 'sex_worker', NULL, 0);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e12', '{"id":"e12","modelId":"m-missing","siteId":"06649@pre2025","date":"2025-06-30","service":"loan","channel":"office","population":"establishment_worker","sex":"female","birthYear":1967,"residence":"unknown","amount":1000000}', NULL, 'm-missing', '06649@pre2025', '2025-06-30', 'loan', 'office', NULL, 'female', '50+', 'unknown', 'establishment_worker', NULL, 1000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1206', '{"id":"e1206","personId":"p0","modelId":"m2","siteId":"06652@pre2025","date":"2019-03-15","service":"counselling","channel":"office","population":"other","sex":"unknown","residence":"unknown","cost":4600000,"amount":1400000}', 'p0', 'm2', '06652@pre2025', '2019-03-15', 'counselling', 'office', NULL, 'unknown', 'unknown', 'unknown', 'other', 4600000, 1400000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1291', '{"id":"e1291","personId":"p0","modelId":"m-missing","siteId":"11458@pre2025","date":"2019-12-14","service":"vocational_training","channel":"outreach","population":"peer_educator","sex":"unknown","birthYear":1962,"residence":"none","cost":100000,"amount":3900000}', 'p0', 'm-missing', '11458@pre2025', '2019-12-14', 'vocational_training', 'outreach', NULL, 'unknown', '50+', 'none', 'peer_educator', 100000, 3900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1303', '{"id":"e1303","personId":"p7","modelId":"m-missing","siteId":"10525@2025","date":"2023-05-07","service":"legal_aid","channel":"office","population":"other","sex":"unknown","birthYear":1965,"residence":"unknown","cost":4000000,"amount":5000000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p7', 'm-missing', '10525@2025', '2023-05-07', 'legal_aid', 'office', 'unknown', 'unknown', '50+', 'unknown', 'other', 4000000, 5000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1367', '{"id":"e1367","personId":"p3","modelId":"m3","siteId":"06652@pre2025","date":"2021-11-22","service":"hiv_testing_counselling","channel":"clinic","population":"sex_worker","sex":"female","birthYear":1999,"residence":"unknown","cost":100000,"amount":4900000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p3', 'm3', '06652@pre2025', '2021-11-22', 'hiv_testing_counselling', 'clinic', 'unknown', 'female', '20-24', 'unknown', 'sex_worker', 100000, 4900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1390', '{"id":"e1390","personId":"p4","modelId":"m1","siteId":"30292@2025","date":"2020-12-22","service":"hiv_testing_counselling","channel":"hotline","population":"establishment_worker","sex":"male","birthYear":1968,"residence":"temporary","cost":1900000,"amount":1100000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p4', 'm1', '30292@2025', '2020-12-22', 'hiv_testing_counselling', 'hotline', 'unknown', 'male', '50+', 'temporary', 'establishment_worker', 1900000, 1100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1713', '{"id":"e1713","personId":"p9","modelId":"m3","siteId":"11455@pre2025","date":"2018-12-15","service":"condoms","channel":"online","population":"community_member","sex":"unknown","birthYear":1992,"residence":"temporary","referral":{"providerKind":"clinic","outcome":"completed"}}', 'p9', 'm3', '11455@pre2025', '2018-12-15', 'condoms', 'online', 'completed', 'unknown', '25-29', 'temporary', 'community_member', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1898', '{"id":"e1898","personId":"p10","modelId":"m1","siteId":"30733@pre2025","date":"2025-10-01","service":"addiction_treatment_referral","channel":"office","population":"peer_educator","sex":"other","birthYear":1990,"residence":"none","cost":2700000,"amount":600000}', 'p10', 'm1', '30733@pre2025', '2025-10-01', 'addiction_treatment_referral', 'office', NULL, 'other', '35-39', 'none', 'peer_educator', 2700000, 600000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1904', '{"id":"e1904","personId":"p1","modelId":"m2","siteId":"11455@pre2025","date":"2020-07-19","service":"condoms","channel":"online","population":"at_risk","sex":"other","birthYear":1963,"residence":"temporary","cost":4900000,"amount":4700000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p1', 'm2', '11455@pre2025', '2020-07-19', 'condoms', 'online', 'not_completed', 'other', '50+', 'temporary', 'at_risk', 4900000, 4700000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e1979', '{"id":"e1979","modelId":"m1","siteId":"30301@2025","date":"2026-12-22","service":"condoms","channel":"establishment","population":"service_provider","sex":"female","birthYear":1996,"residence":"unknown","amount":4600000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', NULL, 'm1', '30301@2025', '2026-12-22', 'condoms', 'establishment', 'not_completed', 'female', '30-34', 'unknown', 'service_provider', NULL, 4600000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e2', '{"id":"e2","modelId":"m3","siteId":"30733@pre2025","date":"2026-12-21","service":"job_referral","channel":"establishment","population":"sex_worker","sex":"other","birthYear":1964,"residence":"temporary","cost":4600000,"referral":{"providerKind":"clinic","outcome":"pending"}}', NULL, 'm3', '30733@pre2025', '2026-12-21', 'job_referral', 'establishment', 'pending', 'other', '50+', 'temporary', 'sex_worker', 4600000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e2054', '{"id":"e2054","personId":"p8","modelId":"m2","siteId":"06652@pre2025","date":"2019-03-14","service":"social_assistance","channel":"outreach","population":"other","sex":"female","birthYear":2005,"residence":"none","cost":300000,"amount":5000000}', 'p8', 'm2', '06652@pre2025', '2019-03-14', 'social_assistance', 'outreach', NULL, 'female', 'under-15', 'none', 'other', 300000, 5000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e206', '{"id":"e206","personId":"p6","modelId":"m-missing","siteId":"10525@2025","date":"2024-02-25","service":"hiv_testing_referral","channel":"outreach","population":"official","sex":"female","birthYear":1970,"residence":"permanent","cost":4500000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p6', 'm-missing', '10525@2025', '2024-02-25', 'hiv_testing_referral', 'outreach', 'pending', 'female', '50+', 'permanent', 'official', 4500000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e2144', '{"id":"e2144","personId":"p3","modelId":"m3","siteId":"30736@pre2025","date":"2019-12-31","service":"vocational_training","channel":"office","population":"establishment_owner","sex":"other","birthYear":1986,"residence":"none","cost":1200000,"amount":0,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p3', 'm3', '30736@pre2025', '2019-12-31', 'vocational_training', 'office', 'pending', 'other', '30-34', 'none', 'establishment_owner', 1200000, 0);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e2257', '{"id":"e2257","modelId":"m3","siteId":"10525@2025","date":"2019-09-15","service":"social_assistance","channel":"online","population":"establishment_worker","sex":"female","birthYear":1965,"residence":"temporary","cost":500000,"amount":4900000,"referral":{"providerKind":"clinic","outcome":"pending"}}', NULL, 'm3', '10525@2025', '2019-09-15', 'social_assistance', 'online', 'pending', 'female', '50+', 'temporary', 'establishment_worker', 500000, 4900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e2442', '{"id":"e2442","personId":"p2","modelId":"m2","siteId":"30733@pre2025","date":"2020-02-29","service":"addiction_treatment_referral","channel":"establishment","population":"service_provider","sex":"female","birthYear":1996,"residence":"permanent","amount":4300000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p2', 'm2', '30733@pre2025', '2020-02-29', 'addiction_treatment_referral', 'establishment', 'completed', 'female', '20-24', 'permanent', 'service_provider', NULL, 4300000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e2602', '{"id":"e2602","personId":"p11","modelId":"m1","siteId":"30292@2025","date":"2018-12-14","service":"sti_rh_check","channel":"online","population":"official","sex":"other","birthYear":1975,"residence":"permanent","amount":5000000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p11', 'm1', '30292@2025', '2018-12-14', 'sti_rh_check', 'online', 'unknown', 'other', '40-44', 'permanent', 'official', NULL, 5000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e299', '{"id":"e299","personId":"p4","modelId":"m-missing","siteId":"06652@pre2025","date":"2026-05-05","service":"job_referral","channel":"hotline","population":"service_provider","sex":"female","birthYear":1960,"residence":"permanent","cost":4400000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p4', 'm-missing', '06652@pre2025', '2026-05-05', 'job_referral', 'hotline', 'completed', 'female', '50+', 'permanent', 'service_provider', 4400000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e2992', '{"id":"e2992","personId":"p2","modelId":"m3","siteId":"11455@pre2025","date":"2025-01-30","service":"job_referral","channel":"establishment","population":"community_member","sex":"female","birthYear":1994,"residence":"temporary","amount":1700000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p2', 'm3', '11455@pre2025', '2025-01-30', 'job_referral', 'establishment', 'unknown', 'female', '30-34', 'temporary', 'community_member', NULL, 1700000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3', '{"id":"e3","personId":"p9","modelId":"m3","siteId":"30733@pre2025","date":"2019-03-15","service":"condoms","channel":"office","population":"community_member","sex":"unknown","birthYear":2006,"residence":"permanent","cost":2500000,"amount":200000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p9', 'm3', '30733@pre2025', '2019-03-15', 'condoms', 'office', 'unknown', 'unknown', 'under-15', 'permanent', 'community_member', 2500000, 200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3235', '{"id":"e3235","modelId":"m2","siteId":"10507@2025","date":"2019-12-15","service":"loan","channel":"office","population":"other","sex":"male","birthYear":1997,"residence":"unknown","cost":1400000,"amount":4200000,"referral":{"providerKind":"clinic","outcome":"completed"}}', NULL, 'm2', '10507@2025', '2019-12-15', 'loan', 'office', 'completed', 'male', '20-24', 'unknown', 'other', 1400000, 4200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3282', '{"id":"e3282","personId":"p11","modelId":"m2","siteId":"06652@pre2025","date":"2022-07-23","service":"sti_rh_check","channel":"outreach","population":"community_member","sex":"other","birthYear":1977,"residence":"unknown","cost":2400000,"amount":2500000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p11', 'm2', '06652@pre2025', '2022-07-23', 'sti_rh_check', 'outreach', 'not_completed', 'other', '45-49', 'unknown', 'community_member', 2400000, 2500000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3385', '{"id":"e3385","personId":"p4","modelId":"m1","siteId":"11455@pre2025","date":"2024-05-08","service":"sti_rh_check","channel":"establishment","population":"establishment_worker","sex":"unknown","birthYear":1963,"residence":"temporary","cost":1300000,"amount":2900000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p4', 'm1', '11455@pre2025', '2024-05-08', 'sti_rh_check', 'establishment', 'unknown', 'unknown', '50+', 'temporary', 'establishment_worker', 1300000, 2900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3495', '{"id":"e3495","personId":"p10","modelId":"m1","siteId":"30736@pre2025","date":"2019-01-01","service":"loan","channel":"hotline","population":"establishment_owner","sex":"female","birthYear":1991,"residence":"temporary","amount":1200000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p10', 'm1', '30736@pre2025', '2019-01-01', 'loan', 'hotline', 'not_completed', 'female', '25-29', 'temporary', 'establishment_owner', NULL, 1200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3540', '{"id":"e3540","personId":"p5","modelId":"m-missing","siteId":"30301@2025","date":"2026-12-27","service":"addiction_treatment_referral","channel":"online","population":"establishment_worker","sex":"unknown","birthYear":2005,"residence":"unknown","cost":4900000,"amount":0,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p5', 'm-missing', '30301@2025', '2026-12-27', 'addiction_treatment_referral', 'online', 'pending', 'unknown', '20-24', 'unknown', 'establishment_worker', 4900000, 0);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3665', '{"id":"e3665","personId":"p1","modelId":"m-missing","siteId":"11455@pre2025","date":"2019-01-08","service":"condoms","channel":"group_meeting","population":"establishment_owner","sex":"other","birthYear":1964,"residence":"none","cost":4200000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p1', 'm-missing', '11455@pre2025', '2019-01-08', 'condoms', 'group_meeting', 'pending', 'other', '50+', 'none', 'establishment_owner', 4200000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3699', '{"id":"e3699","modelId":"m1","siteId":"10525@2025","date":"2024-11-13","service":"hiv_testing_counselling","channel":"establishment","population":"service_provider","sex":"unknown","birthYear":1961,"residence":"temporary","amount":4000000,"referral":{"providerKind":"clinic","outcome":"pending"}}', NULL, 'm1', '10525@2025', '2024-11-13', 'hiv_testing_counselling', 'establishment', 'pending', 'unknown', '50+', 'temporary', 'service_provider', NULL, 4000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3735', '{"id":"e3735","personId":"p8","modelId":"m2","siteId":"10525@2025","date":"2020-08-09","service":"other","channel":"clinic","population":"peer_educator","sex":"female","birthYear":1983,"residence":"none","amount":3100000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p8', 'm2', '10525@2025', '2020-08-09', 'other', 'clinic', 'unknown', 'female', '35-39', 'none', 'peer_educator', NULL, 3100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3887', '{"id":"e3887","personId":"p5","modelId":"m-missing","siteId":"30292@2025","date":"2025-07-01","service":"other","channel":"hotline","population":"peer_educator","sex":"male","birthYear":1995,"residence":"permanent","cost":400000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p5', 'm-missing', '30292@2025', '2025-07-01', 'other', 'hotline', 'pending', 'male', '30-34', 'permanent', 'peer_educator', 400000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3910', '{"id":"e3910","personId":"p9","modelId":"m-missing","siteId":"30292@2025","date":"2019-01-01","service":"other","channel":"group_meeting","population":"at_risk","sex":"female","birthYear":1979,"residence":"unknown","cost":4100000,"amount":4600000}', 'p9', 'm-missing', '30292@2025', '2019-01-01', 'other', 'group_meeting', NULL, 'female', '40-44', 'unknown', 'at_risk', 4100000, 4600000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e3934', '{"id":"e3934","personId":"p0","modelId":"m3","siteId":"06649@pre2025","date":"2019-12-14","service":"counselling","channel":"office","population":"other","sex":"other","birthYear":2002,"residence":"permanent","cost":2900000,"amount":500000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p0', 'm3', '06649@pre2025', '2019-12-14', 'counselling', 'office', 'pending', 'other', '15-19', 'permanent', 'other', 2900000, 500000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e4076', '{"id":"e4076","personId":"p2","modelId":"m1","siteId":"30736@pre2025","date":"2019-01-01","service":"job_referral","channel":"online","population":"other","sex":"female","birthYear":2000,"residence":"temporary","cost":3000000,"amount":1900000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p2', 'm1', '30736@pre2025', '2019-01-01', 'job_referral', 'online', 'completed', 'female', '15-19', 'temporary', 'other', 3000000, 1900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e435', '{"id":"e435","modelId":"m3","siteId":"10510@pre2025","date":"2023-10-07","service":"legal_aid","channel":"outreach","population":"establishment_owner","sex":"unknown","residence":"none","amount":3200000}', NULL, 'm3', '10510@pre2025', '2023-10-07', 'legal_aid', 'outreach', NULL, 'unknown', 'unknown', 'none', 'establishment_owner', NULL, 3200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e4422', '{"id":"e4422","personId":"p9","modelId":"m1","siteId":"06652@pre2025","date":"2019-09-15","service":"counselling","channel":"hotline","population":"sex_worker","sex":"male","residence":"unknown","cost":1400000,"amount":4100000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p9', 'm1', '06652@pre2025', '2019-09-15', 'counselling', 'hotline', 'completed', 'male', 'unknown', 'unknown', 'sex_worker', 1400000, 4100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e4664', '{"id":"e4664","personId":"p3","modelId":"m-missing","siteId":"30292@2025","date":"2026-08-09","service":"hiv_testing_counselling","channel":"hotline","population":"sex_worker","sex":"unknown","residence":"none","cost":700000,"amount":3200000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p3', 'm-missing', '30292@2025', '2026-08-09', 'hiv_testing_counselling', 'hotline', 'unknown', 'unknown', 'unknown', 'none', 'sex_worker', 700000, 3200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e475', '{"id":"e475","personId":"p6","modelId":"m2","siteId":"11458@pre2025","date":"2019-09-19","service":"outreach_information","channel":"hotline","population":"service_provider","sex":"female","residence":"permanent","cost":0,"amount":1100000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p6', 'm2', '11458@pre2025', '2019-09-19', 'outreach_information', 'hotline', 'not_completed', 'female', 'unknown', 'permanent', 'service_provider', 0, 1100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e5', '{"id":"e5","personId":"p3","modelId":"m1","siteId":"10510@pre2025","date":"2019-09-14","service":"job_placement","channel":"outreach","population":"sex_worker","sex":"other","birthYear":1962,"residence":"permanent","cost":300000,"amount":2100000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p3', 'm1', '10510@pre2025', '2019-09-14', 'job_placement', 'outreach', 'unknown', 'other', '50+', 'permanent', 'sex_worker', 300000, 2100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e5078', '{"id":"e5078","personId":"p5","modelId":"m3","siteId":"06652@pre2025","date":"2025-07-01","service":"sti_rh_check","channel":"hotline","population":"establishment_owner","sex":"male","residence":"temporary","cost":500000,"amount":2900000}', 'p5', 'm3', '06652@pre2025', '2025-07-01', 'sti_rh_check', 'hotline', NULL, 'male', 'unknown', 'temporary', 'establishment_owner', 500000, 2900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e5172', '{"id":"e5172","personId":"p5","modelId":"m1","siteId":"30301@2025","date":"2023-11-25","service":"job_placement","channel":"office","population":"service_provider","sex":"female","birthYear":2008,"residence":"permanent","cost":4000000,"amount":3200000}', 'p5', 'm1', '30301@2025', '2023-11-25', 'job_placement', 'office', NULL, 'female', '15-19', 'permanent', 'service_provider', 4000000, 3200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e5461', '{"id":"e5461","personId":"p2","modelId":"m1","siteId":"30736@pre2025","date":"2024-09-22","service":"counselling","channel":"hotline","population":"other","sex":"unknown","birthYear":2002,"residence":"permanent","cost":700000,"amount":800000}', 'p2', 'm1', '30736@pre2025', '2024-09-22', 'counselling', 'hotline', NULL, 'unknown', '20-24', 'permanent', 'other', 700000, 800000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e5493', '{"id":"e5493","personId":"p3","modelId":"m2","siteId":"11461@pre2025","date":"2018-12-15","service":"hiv_testing_referral","channel":"office","population":"at_risk","sex":"male","birthYear":1962,"residence":"unknown","cost":2900000,"amount":3800000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p3', 'm2', '11461@pre2025', '2018-12-15', 'hiv_testing_referral', 'office', 'not_completed', 'male', '50+', 'unknown', 'at_risk', 2900000, 3800000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e5867', '{"id":"e5867","modelId":"m1","siteId":"30301@2025","date":"2019-03-15","service":"condoms","channel":"establishment","population":"establishment_owner","sex":"other","birthYear":1963,"residence":"none","cost":1500000,"amount":500000}', NULL, 'm1', '30301@2025', '2019-03-15', 'condoms', 'establishment', NULL, 'other', '50+', 'none', 'establishment_owner', 1500000, 500000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e5997', '{"id":"e5997","modelId":"m2","siteId":"30301@2025","date":"2018-12-26","service":"job_placement","channel":"office","population":"sex_worker","sex":"male","birthYear":1982,"residence":"permanent","cost":2700000,"amount":1300000,"referral":{"providerKind":"clinic","outcome":"pending"}}', NULL, 'm2', '30301@2025', '2018-12-26', 'job_placement', 'office', 'pending', 'male', '35-39', 'permanent', 'sex_worker', 2700000, 1300000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e6084', '{"id":"e6084","personId":"p6","modelId":"m1","siteId":"30301@2025","date":"2019-01-01","service":"other","channel":"online","population":"at_risk","sex":"unknown","birthYear":1993,"residence":"none","cost":1800000,"amount":3600000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p6', 'm1', '30301@2025', '2019-01-01', 'other', 'online', 'pending', 'unknown', '25-29', 'none', 'at_risk', 1800000, 3600000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e6201', '{"id":"e6201","personId":"p10","modelId":"m2","siteId":"06649@pre2025","date":"2019-12-15","service":"condoms","channel":"group_meeting","population":"service_provider","sex":"female","birthYear":1967,"residence":"temporary","cost":200000,"amount":1900000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p10', 'm2', '06649@pre2025', '2019-12-15', 'condoms', 'group_meeting', 'pending', 'female', '50+', 'temporary', 'service_provider', 200000, 1900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e628', '{"id":"e628","personId":"p5","modelId":"m1","siteId":"10510@pre2025","date":"2019-09-15","service":"job_referral","channel":"hotline","population":"service_provider","sex":"other","birthYear":1969,"residence":"temporary","cost":2600000,"amount":3800000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p5', 'm1', '10510@pre2025', '2019-09-15', 'job_referral', 'hotline', 'unknown', 'other', '50+', 'temporary', 'service_provider', 2600000, 3800000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e6373', '{"id":"e6373","personId":"p3","modelId":"m2","siteId":"11461@pre2025","date":"2019-12-14","service":"counselling","channel":"establishment","population":"at_risk","sex":"unknown","residence":"unknown","cost":3800000,"amount":2600000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p3', 'm2', '11461@pre2025', '2019-12-14', 'counselling', 'establishment', 'unknown', 'unknown', 'unknown', 'unknown', 'at_risk', 3800000, 2600000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('pk-5', '{"id":"pk-5","personId":"p-package-3","modelId":"model-1","siteId":"11455@pre2025","date":"2019-05-02","service":"condoms","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-package-3', 'model-1', '11455@pre2025', '2019-05-02', 'condoms', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e6448', '{"id":"e6448","personId":"p8","modelId":"m-missing","siteId":"11455@pre2025","date":"2025-01-13","service":"id_papers","channel":"hotline","population":"official","sex":"female","birthYear":1995,"residence":"permanent","amount":3400000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p8', 'm-missing', '11455@pre2025', '2025-01-13', 'id_papers', 'hotline', 'not_completed', 'female', '30-34', 'permanent', 'official', NULL, 3400000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e6468', '{"id":"e6468","personId":"p7","modelId":"m3","siteId":"10507@2025","date":"2025-06-30","service":"condoms","channel":"office","population":"sex_worker","sex":"female","birthYear":1962,"residence":"unknown","cost":4400000,"amount":2600000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p7', 'm3', '10507@2025', '2025-06-30', 'condoms', 'office', 'unknown', 'female', '50+', 'unknown', 'sex_worker', 4400000, 2600000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e653', '{"id":"e653","personId":"p9","modelId":"m1","siteId":"10525@2025","date":"2025-06-30","service":"sti_rh_check","channel":"hotline","population":"community_member","sex":"other","birthYear":1986,"residence":"temporary","cost":2700000,"amount":4900000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p9', 'm1', '10525@2025', '2025-06-30', 'sti_rh_check', 'hotline', 'pending', 'other', '35-39', 'temporary', 'community_member', 2700000, 4900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7155', '{"id":"e7155","personId":"p0","modelId":"m-missing","siteId":"11455@pre2025","date":"2018-01-03","service":"other","channel":"establishment","population":"service_provider","sex":"other","birthYear":1969,"residence":"permanent","cost":2300000,"amount":4700000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p0', 'm-missing', '11455@pre2025', '2018-01-03', 'other', 'establishment', 'completed', 'other', '45-49', 'permanent', 'service_provider', 2300000, 4700000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7209', '{"id":"e7209","personId":"p10","modelId":"m3","siteId":"06649@pre2025","date":"2026-08-09","service":"job_referral","channel":"group_meeting","population":"at_risk","sex":"other","residence":"none","cost":4400000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p10', 'm3', '06649@pre2025', '2026-08-09', 'job_referral', 'group_meeting', 'unknown', 'other', 'unknown', 'none', 'at_risk', 4400000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7410', '{"id":"e7410","personId":"p4","modelId":"m-missing","siteId":"30292@2025","date":"2020-09-14","service":"other","channel":"outreach","population":"official","sex":"male","birthYear":2006,"residence":"unknown","cost":1300000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p4', 'm-missing', '30292@2025', '2020-09-14', 'other', 'outreach', 'completed', 'male', 'under-15', 'unknown', 'official', 1300000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7436', '{"id":"e7436","personId":"p4","modelId":"m2","siteId":"11458@pre2025","date":"2019-12-31","service":"condoms","channel":"hotline","population":"peer_educator","sex":"unknown","birthYear":2005,"residence":"none","cost":4800000,"amount":4700000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p4', 'm2', '11458@pre2025', '2019-12-31', 'condoms', 'hotline', 'unknown', 'unknown', 'under-15', 'none', 'peer_educator', 4800000, 4700000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7559', '{"id":"e7559","personId":"p3","modelId":"m-missing","siteId":"10507@2025","date":"2019-06-15","service":"other","channel":"establishment","population":"establishment_worker","sex":"female","birthYear":1994,"residence":"none","cost":3800000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p3', 'm-missing', '10507@2025', '2019-06-15', 'other', 'establishment', 'completed', 'female', '25-29', 'none', 'establishment_worker', 3800000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7560', '{"id":"e7560","modelId":"m1","siteId":"11461@pre2025","date":"2019-03-14","service":"other","channel":"establishment","population":"establishment_owner","sex":"unknown","birthYear":1993,"residence":"temporary","cost":1000000,"amount":3400000}', NULL, 'm1', '11461@pre2025', '2019-03-14', 'other', 'establishment', NULL, 'unknown', '25-29', 'temporary', 'establishment_owner', 1000000, 3400000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7702', '{"id":"e7702","modelId":"m3","siteId":"30733@pre2025","date":"2025-06-30","service":"counselling","channel":"online","population":"establishment_worker","sex":"unknown","birthYear":1998,"residence":"unknown","cost":3700000,"amount":200000,"referral":{"providerKind":"clinic","outcome":"completed"}}', NULL, 'm3', '30733@pre2025', '2025-06-30', 'counselling', 'online', 'completed', 'unknown', '25-29', 'unknown', 'establishment_worker', 3700000, 200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e782', '{"id":"e782","modelId":"m3","siteId":"30736@pre2025","date":"2018-06-30","service":"vocational_training","channel":"clinic","population":"peer_educator","sex":"unknown","birthYear":1962,"residence":"temporary","cost":4600000,"amount":3900000}', NULL, 'm3', '30736@pre2025', '2018-06-30', 'vocational_training', 'clinic', NULL, 'unknown', '50+', 'temporary', 'peer_educator', 4600000, 3900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7880', '{"id":"e7880","personId":"p5","modelId":"m1","siteId":"10507@pre2025","date":"2023-07-08","service":"hiv_testing_counselling","channel":"outreach","population":"at_risk","sex":"unknown","birthYear":1984,"residence":"unknown","amount":100000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p5', 'm1', '10507@pre2025', '2023-07-08', 'hiv_testing_counselling', 'outreach', 'unknown', 'unknown', '35-39', 'unknown', 'at_risk', NULL, 100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e7937', '{"id":"e7937","personId":"p7","modelId":"m3","siteId":"06652@pre2025","date":"2018-12-15","service":"hiv_testing_counselling","channel":"group_meeting","population":"community_member","sex":"other","birthYear":1983,"residence":"temporary","cost":200000,"amount":3900000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p7', 'm3', '06652@pre2025', '2018-12-15', 'hiv_testing_counselling', 'group_meeting', 'pending', 'other', '35-39', 'temporary', 'community_member', 200000, 3900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e8081', '{"id":"e8081","personId":"p5","modelId":"m3","siteId":"11458@pre2025","date":"2019-12-31","service":"hiv_testing_counselling","channel":"office","population":"community_member","sex":"other","birthYear":2002,"residence":"unknown","cost":3600000,"amount":4500000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p5', 'm3', '11458@pre2025', '2019-12-31', 'hiv_testing_counselling', 'office', 'unknown', 'other', '15-19', 'unknown', 'community_member', 3600000, 4500000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e8214', '{"id":"e8214","personId":"p4","modelId":"m2","siteId":"10525@2025","date":"2021-12-23","service":"other","channel":"outreach","population":"service_provider","sex":"male","birthYear":2007,"residence":"unknown","cost":2400000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p4', 'm2', '10525@2025', '2021-12-23', 'other', 'outreach', 'completed', 'male', 'under-15', 'unknown', 'service_provider', 2400000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e8265', '{"id":"e8265","personId":"p8","modelId":"m3","siteId":"30736@pre2025","date":"2019-03-14","service":"outreach_information","channel":"group_meeting","population":"peer_educator","sex":"female","birthYear":1967,"residence":"unknown","cost":2900000,"amount":4000000}', 'p8', 'm3', '30736@pre2025', '2019-03-14', 'outreach_information', 'group_meeting', NULL, 'female', '50+', 'unknown', 'peer_educator', 2900000, 4000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e8306', '{"id":"e8306","personId":"p5","modelId":"m2","siteId":"11455@pre2025","date":"2019-12-31","service":"condoms","channel":"hotline","population":"establishment_owner","sex":"female","birthYear":1966,"residence":"temporary","cost":3300000,"amount":3700000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p5', 'm2', '11455@pre2025', '2019-12-31', 'condoms', 'hotline', 'not_completed', 'female', '50+', 'temporary', 'establishment_owner', 3300000, 3700000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e8345', '{"id":"e8345","modelId":"m2","siteId":"10507@pre2025","date":"2020-11-24","service":"outreach_information","channel":"hotline","population":"official","sex":"male","residence":"permanent","cost":2600000,"amount":2000000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', NULL, 'm2', '10507@pre2025', '2020-11-24', 'outreach_information', 'hotline', 'unknown', 'male', 'unknown', 'permanent', 'official', 2600000, 2000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e837', '{"id":"e837","personId":"p7","modelId":"m1","siteId":"11458@pre2025","date":"2019-12-15","service":"social_assistance","channel":"hotline","population":"community_member","sex":"female","birthYear":2004,"residence":"temporary","cost":1500000,"amount":100000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p7', 'm1', '11458@pre2025', '2019-12-15', 'social_assistance', 'hotline', 'pending', 'female', '15-19', 'temporary', 'community_member', 1500000, 100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e8833', '{"id":"e8833","personId":"p10","modelId":"m-missing","siteId":"30292@2025","date":"2026-06-05","service":"social_assistance","channel":"establishment","population":"sex_worker","sex":"unknown","birthYear":1996,"residence":"permanent","cost":1000000,"amount":5000000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p10', 'm-missing', '30292@2025', '2026-06-05', 'social_assistance', 'establishment', 'pending', 'unknown', '30-34', 'permanent', 'sex_worker', 1000000, 5000000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e8926', '{"id":"e8926","modelId":"m1","siteId":"10525@2025","date":"2019-03-14","service":"vocational_training","channel":"group_meeting","population":"service_provider","sex":"female","residence":"none","cost":300000,"amount":1900000}', NULL, 'm1', '10525@2025', '2019-03-14', 'vocational_training', 'group_meeting', NULL, 'female', 'unknown', 'none', 'service_provider', 300000, 1900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e897', '{"id":"e897","personId":"p3","modelId":"m3","siteId":"06652@pre2025","date":"2019-03-14","service":"condoms","channel":"outreach","population":"at_risk","sex":"male","birthYear":1962,"residence":"unknown","amount":400000,"referral":{"providerKind":"clinic","outcome":"unknown"}}', 'p3', 'm3', '06652@pre2025', '2019-03-14', 'condoms', 'outreach', 'unknown', 'male', '50+', 'unknown', 'at_risk', NULL, 400000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9', '{"id":"e9","personId":"p9","modelId":"m1","siteId":"10510@pre2025","date":"2024-11-11","service":"condoms","channel":"office","population":"official","sex":"other","birthYear":1961,"residence":"permanent","cost":4500000,"amount":4100000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p9', 'm1', '10510@pre2025', '2024-11-11', 'condoms', 'office', 'completed', 'other', '50+', 'permanent', 'official', 4500000, 4100000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9540', '{"id":"e9540","personId":"p8","modelId":"m1","siteId":"10507@pre2025","date":"2019-12-08","service":"loan","channel":"clinic","population":"at_risk","sex":"unknown","birthYear":1973,"residence":"temporary","cost":4900000,"amount":200000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p8', 'm1', '10507@pre2025', '2019-12-08', 'loan', 'clinic', 'pending', 'unknown', '45-49', 'temporary', 'at_risk', 4900000, 200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9779', '{"id":"e9779","modelId":"m3","siteId":"11458@pre2025","date":"2018-01-08","service":"hiv_testing_referral","channel":"establishment","population":"service_provider","sex":"unknown","birthYear":1963,"residence":"permanent","cost":100000,"amount":2900000,"referral":{"providerKind":"clinic","outcome":"pending"}}', NULL, 'm3', '11458@pre2025', '2018-01-08', 'hiv_testing_referral', 'establishment', 'pending', 'unknown', '50+', 'permanent', 'service_provider', 100000, 2900000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9953', '{"id":"e9953","personId":"p10","modelId":"m1","siteId":"06649@pre2025","date":"2019-03-15","service":"counselling","channel":"establishment","population":"sex_worker","sex":"other","residence":"none","cost":300000,"amount":4300000}', 'p10', 'm1', '06649@pre2025', '2019-03-15', 'counselling', 'establishment', NULL, 'other', 'unknown', 'none', 'sex_worker', 300000, 4300000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9987', '{"id":"e9987","modelId":"m3","siteId":"11458@pre2025","date":"2018-01-09","service":"sti_rh_check","channel":"office","population":"other","sex":"female","birthYear":1996,"residence":"unknown","amount":1200000}', NULL, 'm3', '11458@pre2025', '2018-01-09', 'sti_rh_check', 'office', NULL, 'female', '20-24', 'unknown', 'other', NULL, 1200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9988', '{"id":"e9988","personId":"p11","modelId":"m3","siteId":"30301@2025","date":"2026-12-31","service":"job_placement","channel":"office","population":"other","sex":"female","birthYear":1977,"residence":"none","cost":4900000,"amount":200000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p11', 'm3', '30301@2025', '2026-12-31', 'job_placement', 'office', 'not_completed', 'female', '45-49', 'none', 'other', 4900000, 200000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9989', '{"id":"e9989","personId":"p7","modelId":"m2","siteId":"30301@2025","date":"2019-06-14","service":"sti_rh_check","channel":"hotline","population":"community_member","sex":"other","birthYear":2007,"residence":"none","cost":4600000,"amount":4800000,"referral":{"providerKind":"clinic","outcome":"completed"}}', 'p7', 'm2', '30301@2025', '2019-06-14', 'sti_rh_check', 'hotline', 'completed', 'other', 'under-15', 'none', 'community_member', 4600000, 4800000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9990', '{"id":"e9990","personId":"p6","modelId":"m-missing","siteId":"30301@2025","date":"2023-09-29","service":"hiv_testing_counselling","channel":"online","population":"establishment_owner","sex":"unknown","residence":"unknown","amount":4500000,"referral":{"providerKind":"clinic","outcome":"not_completed"}}', 'p6', 'm-missing', '30301@2025', '2023-09-29', 'hiv_testing_counselling', 'online', 'not_completed', 'unknown', 'unknown', 'unknown', 'establishment_owner', NULL, 4500000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9997', '{"id":"e9997","personId":"p2","modelId":"m-missing","siteId":"30292@2025","date":"2019-12-31","service":"legal_aid","channel":"clinic","population":"peer_educator","sex":"unknown","birthYear":2006,"residence":"permanent","cost":4100000}', 'p2', 'm-missing', '30292@2025', '2019-12-31', 'legal_aid', 'clinic', NULL, 'unknown', 'under-15', 'permanent', 'peer_educator', 4100000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('e9999', '{"id":"e9999","personId":"p3","modelId":"m1","siteId":"30736@pre2025","date":"2019-03-14","service":"gbv_support","channel":"hotline","population":"service_provider","sex":"female","birthYear":1965,"residence":"temporary","amount":3400000,"referral":{"providerKind":"clinic","outcome":"pending"}}', 'p3', 'm1', '30736@pre2025', '2019-03-14', 'gbv_support', 'hotline', 'pending', 'female', '50+', 'temporary', 'service_provider', NULL, 3400000);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('ev-1', '{"id":"ev-1","personId":"pseudo-a","modelId":"model-1","siteId":"11455@pre2025","date":"2019-06-15","service":"hiv_testing_referral","channel":"outreach","population":"sex_worker","sex":"female","birthYear":1995,"residence":"temporary","cost":50000,"referral":{"providerKind":"clinic","outcome":"completed","completedOn":"2019-06-20"}}', 'pseudo-a', 'model-1', '11455@pre2025', '2019-06-15', 'hiv_testing_referral', 'outreach', 'completed', 'female', '20-24', 'temporary', 'sex_worker', 50000, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('pk-1', '{"id":"pk-1","personId":"p-package-1","modelId":"model-1","siteId":"11455@pre2025","date":"2019-02-01","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-package-1', 'model-1', '11455@pre2025', '2019-02-01', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('pk-2', '{"id":"pk-2","personId":"p-package-1","modelId":"model-1","siteId":"11455@pre2025","date":"2019-02-15","service":"counselling","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-package-1', 'model-1', '11455@pre2025', '2019-02-15', 'counselling', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('pk-3', '{"id":"pk-3","personId":"p-package-2","modelId":"model-1","siteId":"11455@pre2025","date":"2019-03-01","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-package-2', 'model-1', '11455@pre2025', '2019-03-01', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('pk-4', '{"id":"pk-4","personId":"p-package-2","modelId":"model-1","siteId":"11455@pre2025","date":"2019-05-01","service":"condoms","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-package-2', 'model-1', '11455@pre2025', '2019-05-01', 'condoms', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('pk-6', '{"id":"pk-6","personId":"p-package-3","modelId":"model-1","siteId":"11455@pre2025","date":"2019-05-03","service":"hiv_testing_referral","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-package-3', 'model-1', '11455@pre2025', '2019-05-03', 'hiv_testing_referral', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-01', '{"id":"rc-01","personId":"p-returning-1","modelId":"model-1","siteId":"11455@pre2025","date":"2019-01-10","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-1', 'model-1', '11455@pre2025', '2019-01-10', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-02', '{"id":"rc-02","personId":"p-returning-2","modelId":"model-1","siteId":"11455@pre2025","date":"2019-02-11","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-2', 'model-1', '11455@pre2025', '2019-02-11', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-03', '{"id":"rc-03","personId":"p-returning-3","modelId":"model-1","siteId":"11455@pre2025","date":"2019-03-12","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-3', 'model-1', '11455@pre2025', '2019-03-12', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-04', '{"id":"rc-04","personId":"p-returning-1","modelId":"model-1","siteId":"11455@pre2025","date":"2019-03-20","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-1', 'model-1', '11455@pre2025', '2019-03-20', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-05', '{"id":"rc-05","personId":"p-returning-1","modelId":"model-1","siteId":"11455@pre2025","date":"2019-04-02","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-1', 'model-1', '11455@pre2025', '2019-04-02', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-06', '{"id":"rc-06","personId":"p-returning-2","modelId":"model-1","siteId":"11455@pre2025","date":"2019-05-06","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-2', 'model-1', '11455@pre2025', '2019-05-06', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-07', '{"id":"rc-07","modelId":"model-1","siteId":"11455@pre2025","date":"2019-05-07","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', NULL, 'model-1', '11455@pre2025', '2019-05-07', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-08', '{"id":"rc-08","personId":"p-returning-1","modelId":"model-1","siteId":"11455@pre2025","date":"2019-08-19","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-1', 'model-1', '11455@pre2025', '2019-08-19', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-09', '{"id":"rc-09","personId":"p-returning-2","modelId":"model-1","siteId":"11455@pre2025","date":"2019-11-30","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-2', 'model-1', '11455@pre2025', '2019-11-30', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);
INSERT INTO pctnxh_fixture.pctnxh_service_event VALUES ('rc-10', '{"id":"rc-10","personId":"p-returning-2","modelId":"model-1","siteId":"11455@pre2025","date":"2019-12-01","service":"outreach_information","channel":"outreach","population":"sex_worker","sex":"female","residence":"temporary"}', 'p-returning-2', 'model-1', '11455@pre2025', '2019-12-01', 'outreach_information', 'outreach', NULL, 'female', 'unknown', 'temporary', 'sex_worker', NULL, NULL);


--
-- Data for Name: pctnxh_target; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_target VALUES ('target-1', '{"id":"target-1","indicator":"PERSONS_REACHED","period":"2019","unitId":"11455@pre2025","modelId":"model-1","value":600}');


--
-- Data for Name: pctnxh_unit; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('06649@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('06652@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('10507@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('10507@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('10510@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('10525@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('11455@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('11458@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('11461@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('30292@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('30301@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('30736@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit VALUES ('30733@pre2025');


--
-- Data for Name: pctnxh_unit_rollup; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '06649@pre2025', '22@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '06652@pre2025', '22@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '10507@2025', '31@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '10507@pre2025', '31@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '10510@pre2025', '31@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '10525@2025', '31@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '11455@pre2025', '31@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '11458@pre2025', '31@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '11461@pre2025', '31@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '30292@2025', '91@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '30301@2025', '91@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '30736@pre2025', '91@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2026-01-01', '30733@pre2025', '91@2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '06649@pre2025', '193@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '06652@pre2025', '193@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '10507@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '10507@pre2025', '288@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '10510@pre2025', '288@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '10525@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '11455@pre2025', '308@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '11458@pre2025', '308@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '11461@pre2025', '308@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '30292@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '30301@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '30736@pre2025', '899@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'district', '2019-06-30', '30733@pre2025', '899@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '06649@pre2025', '22@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '06652@pre2025', '22@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '10507@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '10507@pre2025', '30@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '10510@pre2025', '30@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '10525@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '11455@pre2025', '31@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '11458@pre2025', '31@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '11461@pre2025', '31@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '30292@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '30301@2025', NULL);
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '30736@pre2025', '91@pre2025');
INSERT INTO pctnxh_fixture.pctnxh_unit_rollup VALUES ('ax1-mtuqab12yvks8', 'province', '2019-06-30', '30733@pre2025', '91@pre2025');


--
-- Data for Name: pctnxh_vault_entry; Type: TABLE DATA; Schema: pctnxh_fixture; Owner: -
--

INSERT INTO pctnxh_fixture.pctnxh_vault_entry VALUES ('vault-1', '{"id":"vault-1","personId":"pseudo-b","keyId":"vault-2026","wrappedKey":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","values":[{"field":"phone","ciphertext":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}],"updated":"2026-01-05T08:30:00Z"}');


--
-- Name: pctnxh_activity pctnxh_activity_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_activity
    ADD CONSTRAINT pctnxh_activity_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_aggregate_value pctnxh_aggregate_value_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_aggregate_value
    ADD CONSTRAINT pctnxh_aggregate_value_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_audit_entry pctnxh_audit_entry_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_audit_entry
    ADD CONSTRAINT pctnxh_audit_entry_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_budget pctnxh_budget_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_budget
    ADD CONSTRAINT pctnxh_budget_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_consent pctnxh_consent_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_consent
    ADD CONSTRAINT pctnxh_consent_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_cost_norm pctnxh_cost_norm_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_cost_norm
    ADD CONSTRAINT pctnxh_cost_norm_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_disclosure_release pctnxh_disclosure_release_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_disclosure_release
    ADD CONSTRAINT pctnxh_disclosure_release_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_establishment pctnxh_establishment_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_establishment
    ADD CONSTRAINT pctnxh_establishment_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_expenditure pctnxh_expenditure_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_expenditure
    ADD CONSTRAINT pctnxh_expenditure_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_group pctnxh_group_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_group
    ADD CONSTRAINT pctnxh_group_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_incident pctnxh_incident_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_incident
    ADD CONSTRAINT pctnxh_incident_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_inspection_round pctnxh_inspection_round_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_inspection_round
    ADD CONSTRAINT pctnxh_inspection_round_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_inspection_visit pctnxh_inspection_visit_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_inspection_visit
    ADD CONSTRAINT pctnxh_inspection_visit_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_migrations pctnxh_migrations_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_migrations
    ADD CONSTRAINT pctnxh_migrations_pkey PRIMARY KEY (name);


--
-- Name: pctnxh_model pctnxh_model_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_model
    ADD CONSTRAINT pctnxh_model_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_organisation pctnxh_organisation_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_organisation
    ADD CONSTRAINT pctnxh_organisation_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_period pctnxh_period_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_period
    ADD CONSTRAINT pctnxh_period_pkey PRIMARY KEY (calendar, grain, id);


--
-- Name: pctnxh_person_link pctnxh_person_link_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_person_link
    ADD CONSTRAINT pctnxh_person_link_pkey PRIMARY KEY (kind, record_id, person_id);


--
-- Name: pctnxh_person pctnxh_person_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_person
    ADD CONSTRAINT pctnxh_person_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_population_estimate pctnxh_population_estimate_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_population_estimate
    ADD CONSTRAINT pctnxh_population_estimate_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_programme pctnxh_programme_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_programme
    ADD CONSTRAINT pctnxh_programme_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_service_event pctnxh_service_event_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_service_event
    ADD CONSTRAINT pctnxh_service_event_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_target pctnxh_target_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_target
    ADD CONSTRAINT pctnxh_target_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_unit pctnxh_unit_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_unit
    ADD CONSTRAINT pctnxh_unit_pkey PRIMARY KEY (unit_id);


--
-- Name: pctnxh_unit_rollup pctnxh_unit_rollup_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_unit_rollup
    ADD CONSTRAINT pctnxh_unit_rollup_pkey PRIMARY KEY (geography, level, as_of, unit_id);


--
-- Name: pctnxh_vault_entry pctnxh_vault_entry_pkey; Type: CONSTRAINT; Schema: pctnxh_fixture; Owner: -
--

ALTER TABLE ONLY pctnxh_fixture.pctnxh_vault_entry
    ADD CONSTRAINT pctnxh_vault_entry_pkey PRIMARY KEY (id);


--
-- Name: pctnxh_activity_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_activity_date_idx ON pctnxh_fixture.pctnxh_activity USING btree (date);


--
-- Name: pctnxh_activity_model_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_activity_model_id_idx ON pctnxh_fixture.pctnxh_activity USING btree (model_id);


--
-- Name: pctnxh_activity_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_activity_unit_id_idx ON pctnxh_fixture.pctnxh_activity USING btree (unit_id);


--
-- Name: pctnxh_aggregate_value_data_element_period_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_aggregate_value_data_element_period_idx ON pctnxh_fixture.pctnxh_aggregate_value USING btree (data_element, period);


--
-- Name: pctnxh_aggregate_value_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_aggregate_value_unit_id_idx ON pctnxh_fixture.pctnxh_aggregate_value USING btree (unit_id);


--
-- Name: pctnxh_budget_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_budget_unit_id_idx ON pctnxh_fixture.pctnxh_budget USING btree (unit_id);


--
-- Name: pctnxh_budget_year_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_budget_year_idx ON pctnxh_fixture.pctnxh_budget USING btree (year);


--
-- Name: pctnxh_consent_person_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_consent_person_id_idx ON pctnxh_fixture.pctnxh_consent USING btree (person_id);


--
-- Name: pctnxh_establishment_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_establishment_unit_id_idx ON pctnxh_fixture.pctnxh_establishment USING btree (unit_id);


--
-- Name: pctnxh_expenditure_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_expenditure_date_idx ON pctnxh_fixture.pctnxh_expenditure USING btree (date);


--
-- Name: pctnxh_expenditure_model_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_expenditure_model_id_idx ON pctnxh_fixture.pctnxh_expenditure USING btree (model_id);


--
-- Name: pctnxh_expenditure_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_expenditure_unit_id_idx ON pctnxh_fixture.pctnxh_expenditure USING btree (unit_id);


--
-- Name: pctnxh_group_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_group_date_idx ON pctnxh_fixture.pctnxh_group USING btree (date);


--
-- Name: pctnxh_group_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_group_unit_id_idx ON pctnxh_fixture.pctnxh_group USING btree (unit_id);


--
-- Name: pctnxh_inspection_visit_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_inspection_visit_date_idx ON pctnxh_fixture.pctnxh_inspection_visit USING btree (date);


--
-- Name: pctnxh_inspection_visit_establishment_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_inspection_visit_establishment_id_idx ON pctnxh_fixture.pctnxh_inspection_visit USING btree (establishment_id);


--
-- Name: pctnxh_inspection_visit_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_inspection_visit_unit_id_idx ON pctnxh_fixture.pctnxh_inspection_visit USING btree (unit_id);


--
-- Name: pctnxh_period_calendar_grain_start_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_period_calendar_grain_start_date_idx ON pctnxh_fixture.pctnxh_period USING btree (calendar, grain, start_date);


--
-- Name: pctnxh_person_link_person_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_person_link_person_id_idx ON pctnxh_fixture.pctnxh_person_link USING btree (person_id);


--
-- Name: pctnxh_service_event_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_service_event_date_idx ON pctnxh_fixture.pctnxh_service_event USING btree (date);


--
-- Name: pctnxh_service_event_model_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_service_event_model_id_idx ON pctnxh_fixture.pctnxh_service_event USING btree (model_id);


--
-- Name: pctnxh_service_event_person_id_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_service_event_person_id_date_idx ON pctnxh_fixture.pctnxh_service_event USING btree (person_id, date);


--
-- Name: pctnxh_service_event_service_date_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_service_event_service_date_idx ON pctnxh_fixture.pctnxh_service_event USING btree (service, date);


--
-- Name: pctnxh_service_event_unit_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_service_event_unit_id_idx ON pctnxh_fixture.pctnxh_service_event USING btree (unit_id);


--
-- Name: pctnxh_unit_rollup_geography_level_as_of_ancestor_id_idx; Type: INDEX; Schema: pctnxh_fixture; Owner: -
--

CREATE INDEX pctnxh_unit_rollup_geography_level_as_of_ancestor_id_idx ON pctnxh_fixture.pctnxh_unit_rollup USING btree (geography, level, as_of, ancestor_id);


--
-- PostgreSQL database dump complete
--



