"""Who lives in a demo household: composition, ages, migration histories, work.

Distributions are plausible for an African LFS, not estimates: household sizes 1-12
(mean about 5), about 15 % international migrants, mostly from neighbouring AU states,
a few per cent return migrant workers, a labour force status mix close to ILOSTAT's
regional figures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

NEIGHBOURS = {
    "CMR": ["NGA", "TCD", "CAF", "GAB", "COG", "GNQ"],
    "CIV": ["BFA", "MLI", "GIN", "LBR", "GHA"],
    "KEN": ["UGA", "TZA", "SOM", "ETH", "SSD"],
    "ZAF": ["ZWE", "MOZ", "LSO", "SWZ", "MWI", "BWA"],
    "SEN": ["GIN", "MLI", "GMB", "GNB", "MRT"],
    "NGA": ["BEN", "NER", "TCD", "CMR", "GHA"],
    "GHA": ["TGO", "BFA", "CIV", "NGA"],
    "EGY": ["SDN", "LBY", "PSE", "SYR"],
}
FAR_DESTINATIONS = ["FRA", "SAU", "ARE", "QAT", "USA", "GBR", "ITA", "LBN", "ZAF"]
CURRENCY = {
    "CMR": "XAF",
    "CIV": "XOF",
    "SEN": "XOF",
    "KEN": "KES",
    "ZAF": "ZAR",
    "NGA": "NGN",
    "GHA": "GHS",
    "EGY": "EGP",
}
FIRST_NAMES = {
    1: ["Jean", "Ibrahim", "Samuel", "Moussa", "Paul", "Abdoulaye", "Emmanuel", "Ousmane"],
    2: ["Marie", "Aïcha", "Fatou", "Grace", "Mariam", "Esther", "Awa", "Ngozi"],
}
FAMILY_NAMES = ["Ngono", "Mbarga", "Traoré", "Diallo", "Okafor", "Mensah", "Kamau", "Ndiaye"]


@dataclass
class Person:
    sex: int
    age: int
    relationship: int
    name: str
    usual_resident: int = 1
    edu: str = "1"
    born_abroad: bool = False
    foreign_citizen: bool = False
    origin: str = ""
    arrival_year: int | None = None
    reason: int = 20
    labour: str = "out"  # employed | unemployed | out
    employee: bool = True
    returnee: bool = False
    work_country: str = ""
    #: drawn while answering, so that later answers agree with earlier ones
    return_year: int | None = None  # rule R23: arrived back in the year of return
    recruitment_costs: dict[str, float] = field(default_factory=dict)  # R20d: total is the sum


def household(rng: random.Random, country: str, year: int) -> list[Person]:
    """A household: head first, then spouse, children and others."""
    family = rng.choice(FAMILY_NAMES)
    migrant_household = rng.random() < 0.12
    size = max(1, min(12, int(rng.gauss(5, 2.2))))
    head_sex = 1 if rng.random() < 0.72 else 2
    people = [_person(rng, head_sex, rng.randint(22, 75), 1, family)]
    people[0].usual_resident = 1  # the reference person lives here: hh_size counts at least them
    if size > 1 and rng.random() < 0.75:
        people.append(
            _person(rng, 3 - head_sex, max(16, people[0].age + rng.randint(-12, 4)), 2, family)
        )
    while len(people) < size:
        head_age = people[0].age
        if head_age >= 30 and rng.random() < 0.8:
            age = rng.randint(0, min(head_age - 16, 40))
            people.append(_person(rng, rng.choice([1, 2]), age, 3, family))
        else:
            relation = rng.choice([4, 5, 5, 6, 7])
            age = rng.randint(head_age + 16, 95) if relation == 4 else rng.randint(5, 60)
            people.append(_person(rng, rng.choice([1, 2]), min(age, 100), relation, family))
    for person in people:
        _migration(rng, person, country, year, migrant_household, people[0])
        _labour(rng, person)
    return people


def _person(rng: random.Random, sex: int, age: int, relationship: int, family: str) -> Person:
    name = f"{rng.choice(FIRST_NAMES[sex])} {family}"
    person = Person(sex=sex, age=age, relationship=relationship, name=name)
    person.usual_resident = 1 if rng.random() < 0.96 else 2
    if age >= 5:
        levels = ["X", "1", "1", "2", "3", "3", "4", "5", "6", "7"]
        cap = 2 if age < 12 else 4 if age < 18 else 6 if age < 22 else len(levels)
        person.edu = rng.choice(levels[:cap])
    return person


def _migration(
    rng: random.Random,
    person: Person,
    country: str,
    year: int,
    migrant_household: bool,
    head: Person,
) -> None:
    neighbours = NEIGHBOURS.get(country, ["NGA", "GHA", "KEN"])
    chance = 0.85 if migrant_household else 0.05
    if person.relationship == 3 and migrant_household and person.age < 10:
        chance = 0.3  # children of migrants are often born here
    if rng.random() < chance:
        person.born_abroad = True
        person.origin = (
            rng.choice(neighbours) if rng.random() < 0.8 else rng.choice(FAR_DESTINATIONS)
        )
        person.foreign_citizen = rng.random() < 0.75
        earliest = year - person.age
        person.arrival_year = rng.randint(max(earliest, year - 30), year)
        adult_at_arrival = person.arrival_year - earliest >= 18
        person.reason = rng.choice([11, 12, 12, 13, 20, 50]) if adult_at_arrival else 20
    elif person.age >= 20 and rng.random() < 0.06:
        person.returnee = True
        person.work_country = rng.choice(neighbours + FAR_DESTINATIONS)


def _labour(rng: random.Random, person: Person) -> None:
    if person.age < 15 or person.usual_resident != 1:
        return
    draw = rng.random()
    employed_share = 0.85 if person.born_abroad and person.reason in (11, 12, 13) else 0.62
    if draw < employed_share and person.age < 70:
        person.labour = "employed"
        person.employee = rng.random() < 0.45
    elif draw < employed_share + 0.08:
        person.labour = "unemployed"
