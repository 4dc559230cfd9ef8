"""The one way search indexes are written and kept in step (terms: core.search, rows:
core.models.SearchTermBase).

Each capability that keeps an index registers it in its AppConfig.ready(): its term model,
how an owner's terms are computed, and the models whose fields it reads (the organisation's
name for events, the topic's name for organisations, ...). Whoever changes or
deletes such a row calls `reindex` (or wraps the deletion in `reindexing`), and every index
that read it is rebuilt: core knows no capability app, only what was registered."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction

from engagiert.core.languages import localized
from engagiert.core.models import SearchTermBase

# Owners rebuilt at once (bounds the prefetches' IN lists).
BATCH = 500


def in_every_language(obj: Any, field: str) -> str:
    """The text of a translated field in all the platform's languages, for indexing."""
    return " ".join(getattr(obj, column, "") or "" for column in localized(field))


@transaction.atomic
def replace_terms(
    *, model: type[SearchTermBase], owners: models.QuerySet, terms: Callable[[Any], Mapping[str, int]]
) -> int:
    """Replace the search terms of `owners` by `terms(owner)` (term -> weight), in a fixed number
    of queries for any number of owners: prefetch in `owners` what `terms` reads. Returns the
    number of terms written."""
    loaded = list(owners)
    model.objects.filter(**{f"{model.owner_field}__in": [owner.pk for owner in loaded]}).delete()
    rows = [
        model(
            **{f"{model.owner_field}_id": owner.pk},
            municipality_id=owner.municipality_id,
            term=term,
            weight=weight,
        )
        for owner in loaded
        for term, weight in terms(owner).items()
    ]
    model.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


@dataclass(frozen=True)
class Source:
    """A model an index reads: `via` is the lookup from the index's owner to it, `fields` the
    fields read (a translated field stands for its columns, "name" for "name_de", ...)."""

    model: type[models.Model]
    via: str
    fields: tuple[str, ...] = ("name",)

    def reads(self, changed: Iterable[str] | None) -> bool:
        """Whether a change of the `changed` fields (None: unknown, say a deletion) matters."""
        if changed is None:
            return True
        return any(name == field or name.startswith(f"{field}_") for name in changed for field in self.fields)


def _as_is(owners: models.QuerySet) -> models.QuerySet:
    return owners


@dataclass(frozen=True)
class SearchIndex:
    """An index a capability keeps: the rows of `terms_model` (a SearchTermBase) hold
    `terms(owner)` of each owner; `load` adds to the owners' queryset what `terms` reads
    (select/prefetch), `sources` are the other models it reads."""

    terms_model: type[SearchTermBase]
    terms: Callable[[Any], Mapping[str, int]]
    load: Callable[[models.QuerySet], models.QuerySet] = _as_is
    sources: tuple[Source, ...] = ()

    @property
    def owner(self) -> type[models.Model]:
        """The model whose rows own the terms."""
        return self.terms_model._meta.get_field(self.terms_model.owner_field).related_model

    def rebuild(self, ids: Iterable[int]) -> int:
        """Rebuild the terms of the owners `ids`; returns the number of terms written."""
        owners = self.load(self.owner._default_manager.filter(pk__in=list(ids)))
        return replace_terms(model=self.terms_model, owners=owners, terms=self.terms)


_indexes: dict[type[models.Model], SearchIndex] = {}


def register_index(index: SearchIndex) -> None:
    """Register (or replace) the index of `index.owner` (in the capability's AppConfig.ready)."""
    _indexes[index.owner] = index


def registered_indexes() -> list[SearchIndex]:
    """The registered indexes."""
    return list(_indexes.values())


def _affected(
    *, model: type[models.Model], ids: Collection[int], changed: Iterable[str] | None = None
) -> dict[SearchIndex, set[int]]:
    """Per index, the owners whose terms a change of the `model` rows `ids` affects: the rows
    themselves if `model` owns an index, and the owners reaching them through a source whose
    fields are among `changed` (None: any). One query per such source."""
    model = model._meta.concrete_model
    changed = None if changed is None else set(changed)
    affected: dict[SearchIndex, set[int]] = {}
    if not ids:
        return affected
    for index in _indexes.values():
        if index.owner is model:
            affected.setdefault(index, set()).update(ids)
        for source in index.sources:
            if source.model is model and source.reads(changed):
                owners = index.owner._default_manager.filter(**{f"{source.via}__in": list(ids)})
                affected.setdefault(index, set()).update(owners.values_list("pk", flat=True).distinct())
    return {index: owners for index, owners in affected.items() if owners}


def _rebuild(affected: Mapping[SearchIndex, Collection[int]]) -> int:
    """Rebuild the owners `_affected` found, index by index in batches; returns terms written."""
    written = 0
    for index, owners in affected.items():
        ids = sorted(owners)
        for start in range(0, len(ids), BATCH):
            written += index.rebuild(ids[start : start + BATCH])
    return written


def reindex(*, model: type[models.Model], ids: Collection[int], changed: Iterable[str] | None = None) -> int:
    """After the `model` rows `ids` were saved: rebuild every index that reads them (their own
    index, and the indexes of what is found by them if `changed`, the changed fields, matter;
    None for any change). Returns the number of terms written."""
    return _rebuild(_affected(model=model, ids=ids, changed=changed))


@contextmanager
def reindexing(*, model: type[models.Model], ids: Collection[int]) -> Iterator[None]:
    """Around a deletion of the `model` rows `ids`: finds the owners reading them before the
    block (the relations go with the rows) and rebuilds their terms after it."""
    with transaction.atomic():
        affected = _affected(model=model, ids=ids)
        yield
        _rebuild(affected)


class ReindexingAdmin:
    """ModelAdmin mixin for a model search indexes read or own: saving or deleting rows in the
    admin reindexes what depends on them (through `reindex`, as services do)."""

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        reindex(model=self.model, ids=[form.instance.pk], changed=form.changed_data)

    def delete_model(self, request, obj) -> None:
        with reindexing(model=self.model, ids=[obj.pk]):
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        with reindexing(model=self.model, ids=list(queryset.values_list("pk", flat=True))):
            super().delete_queryset(request, queryset)
