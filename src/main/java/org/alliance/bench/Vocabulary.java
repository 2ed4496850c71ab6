package org.alliance.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Words for generated services, so that the index and PostgreSQL's full-text search meet text like
 * the real directory's: each theme is one of the demo taxonomy's needs, with the nouns its service
 * names use and sentences its descriptions are built from.
 */
final class Vocabulary {

  /**
   * One kind of need: its taxonomy term code (Alliance needs), name words and description
   * sentences.
   */
  record Theme(String termCode, List<String> nouns, List<String> sentences) {}

  static final List<Theme> THEMES =
      List.of(
          new Theme(
              "alcohol",
              List.of("Alcohol", "Drink Less", "Alcohol Recovery", "Alcohol Detox"),
              List.of(
                  "Help for anyone worried about their drinking, from cutting down to a medically supervised detox.",
                  "An AUDIT screening and brief advice about drinking, with a follow-up call a month later.",
                  "Community alcohol detoxification at home with daily nurse visits and a named keyworker.")),
          new Theme(
              "drugs",
              List.of("Drug", "Opiate", "Cannabis", "Stimulant", "Drug Treatment"),
              List.of(
                  "Treatment for people who use heroin, crack cocaine or other drugs, including opioid substitution.",
                  "Confidential advice about cannabis, cocaine and new psychoactive substances.",
                  "Methadone and buprenorphine prescribing with psychosocial keywork and recovery planning.")),
          new Theme(
              "housing-homelessness",
              List.of("Housing", "Tenancy", "Homelessness", "Hostel"),
              List.of(
                  "Advice for people who are homeless or at risk of losing their home, and help keeping a tenancy.",
                  "Supported accommodation with staff on site for people in recovery from drug or alcohol use.",
                  "Street outreach for people sleeping rough, with a route into emergency housing.")),
          new Theme(
              "mental-health",
              List.of("Mental Health", "Wellbeing", "Crisis", "Talking Therapies"),
              List.of(
                  "Support with anxiety, depression and low mood alongside drug or alcohol treatment.",
                  "Urgent mental health crisis support by phone, any time of day or night.",
                  "Counselling and talking therapy for people whose mental health and substance use affect each other.")),
          new Theme(
              "families-carers",
              List.of("Family", "Carers", "Parents", "Family Support"),
              List.of(
                  "Support for families and carers of someone whose drinking or drug use worries them.",
                  "A group for parents, partners and friends affected by a loved one's substance use.",
                  "Help for children and young people whose parents use drugs or alcohol (hidden harm).")),
          new Theme(
              "young-people",
              List.of("Young People's", "Youth", "Young Adults"),
              List.of(
                  "Drug and alcohol support for young people, in school, at home or somewhere they choose.",
                  "Education sessions about drugs and alcohol for schools and youth groups.",
                  "One-to-one support for young adults leaving care who use drugs or alcohol.")),
          new Theme(
              "employment-training",
              List.of("Employment", "Jobs Club", "Skills for Work"),
              List.of(
                  "Help finding and keeping work for people in recovery, with CV writing and interview practice.",
                  "Training courses and volunteering that lead to qualifications and paid employment.",
                  "Individual placement and support with an employment specialist in your treatment team.")),
          new Theme(
              "criminal-justice",
              List.of("Probation", "Custody", "Criminal Justice", "Court"),
              List.of(
                  "Drug and alcohol workers in police custody, the courts and on probation.",
                  "Support on release from prison so that treatment continues without a gap.",
                  "Alcohol and drug treatment requirements for people on community orders.")),
          new Theme(
              "harm-reduction",
              List.of("Needle Exchange", "Naloxone", "Harm Reduction", "Blood-borne Virus"),
              List.of(
                  "Clean needles and equipment, safer injecting advice and sharps bins, no questions asked.",
                  "Naloxone training and supply so that you can reverse an opioid overdose.",
                  "Testing and vaccination for hepatitis B, hepatitis C and HIV.")),
          new Theme(
              "peer-support",
              List.of("Recovery", "Peer Support", "Mutual Aid", "Recovery Café"),
              List.of(
                  "Peer support from people with lived experience of addiction and recovery.",
                  "A weekly mutual aid meeting following SMART Recovery, open to anyone.",
                  "A recovery café with activities, volunteering and a friendly place to meet.")));

  static final List<String> KINDS =
      List.of(
          "Service",
          "Team",
          "Drop-in",
          "Group",
          "Clinic",
          "Hub",
          "Project",
          "Outreach",
          "Advice Line",
          "Programme");

  static final List<String> GENERAL =
      List.of(
          "The service is free and confidential.",
          "You can refer yourself by phone or online, or ask a professional to refer you.",
          "Appointments are face to face, by phone or by video call.",
          "A keyworker agrees a recovery plan with you and reviews it every few weeks.",
          "Interpreters are available for any language; tell us when you get in touch.",
          "Walk in during opening times; no appointment is needed.",
          "We work closely with GPs, pharmacies, hospitals and social care.");

  static final List<String> ORGANISATION_WORDS =
      List.of(
          "Community",
          "Recovery",
          "Open Door",
          "New Leaf",
          "Harbour",
          "Compass",
          "Lighthouse",
          "Bridges",
          "Pathways",
          "Oak Tree",
          "Phoenix",
          "Kingfisher");

  static final List<String> ORGANISATION_KINDS =
      List.of(
          "Trust",
          "Partnership",
          "Project",
          "Foundation",
          "Network",
          "Collective",
          "Centre",
          "Association");

  static final List<String> STREETS =
      List.of(
          "High Street",
          "Station Road",
          "Tanner's Row",
          "Church Lane",
          "Market Place",
          "Mill Lane",
          "Fleet Street",
          "Victoria Road",
          "Bridge Street",
          "Park Avenue");

  /**
   * What people type into the search box: one or two words a person in need would use. Each request
   * picks one; about a third of them match several themes.
   */
  static final List<String> SEARCHES =
      List.of(
          "alcohol",
          "drinking",
          "drug",
          "heroin",
          "cannabis",
          "housing",
          "homeless",
          "hostel",
          "mental health",
          "anxiety",
          "crisis",
          "family support",
          "carers",
          "parents",
          "young people",
          "youth",
          "employment",
          "jobs",
          "probation",
          "custody",
          "needle exchange",
          "naloxone",
          "hepatitis",
          "recovery",
          "peer support",
          "counselling",
          "detox",
          "advice",
          "support group",
          "tenancy");

  private Vocabulary() {}

  static <T> T pick(RandomGenerator random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
